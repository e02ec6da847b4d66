/**
 * The floor of an uncached answer for the HTTP bench: a hello-world yoga server (same yoga, same
 * settings as hello-server.ts) whose `answer(op: name)` returns the `data` of the bench operation of that name,
 * computed once at start through our GraphQL layer, as one JSON value that yoga serializes on every
 * request, written as UTF-8 bytes as our server writes them (`useJsonBytes`). No graph work, no
 * resolvers per field, no limits: what answering with that many bytes of JSON costs on yoga.
 * Prints `{"port":N}` once listening on 127.0.0.1.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { GraphQLScalarType } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { executeQuery } from '../../src/graphql/execute-query.js';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { useJsonBytes } from '../../src/server/plugins/use-json-bytes.js';
import { benchOperations } from '../operations.js';

const kg = createKnowledgeGraph(await loadDataset(resolve('seeds')));
const context = { kg };
const answers = new Map<string, unknown>();
for (const op of benchOperations()) answers.set(op.name, (await executeQuery(context, op.query, op.variables)).data);

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'scalar JSON\ntype Query { answer(op: String!): JSON }',
    resolvers: {
      JSON: new GraphQLScalarType({ name: 'JSON', serialize: (value) => value }),
      Query: { answer: (_: unknown, { op }: { op: string }) => answers.get(op) },
    },
  }),
  graphiql: false,
  landingPage: false,
  logging: false,
  batching: false,
  multipart: false,
  maskedErrors: true,
  plugins: [useJsonBytes()],
});
const server = createServer((req, res) => void yoga.handle(req, res));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
