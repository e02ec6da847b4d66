/**
 * The baseline: a hello-world yoga server (`{ hello }`) with the same yoga version and the same
 * production settings as ours (no GraphiQL, no landing page, no logging, no batching, masked
 * errors), on node:http like `listen`. Prints `{"port":N}` once listening on 127.0.0.1.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  graphiql: false,
  landingPage: false,
  logging: false,
  batching: false,
  multipart: false,
  maskedErrors: true,
});
const server = createServer((req, res) => void yoga.handle(req, res));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
