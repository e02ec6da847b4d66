import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { executeQuery } from '../graphql/execute-query.js';
import { PreparedOperations } from '../graphql/prepared-operations.js';
import { toGraphQLError } from '../graphql/to-graphql-error.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { clientFromExecute, type DiplomacyGraphClient, type GraphQLResponse } from './diplomacy-graph-client.js';

/**
 * The error as JSON, as the server would send it: an expected `DiplomacyGraphError` carries its
 * `code` in `extensions.code` (see `toGraphQLError`). A request that never executed (no `data`)
 * failed to parse or validate: such errors get the server's codes, so both transports agree.
 */
function formatError(error: unknown, executed: boolean): GraphQLFormattedError {
  const formatted: GraphQLFormattedError =
    error instanceof GraphQLError
      ? (toGraphQLError(error) ?? error).toJSON()
      : { message: error instanceof Error ? error.message : String(error) };
  if (executed || formatted.extensions?.['code'] !== undefined) return formatted;
  const code = formatted.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED';
  return { ...formatted, extensions: { ...formatted.extensions, code } };
}

/**
 * A typed client that runs operations in-process against a knowledge graph (no socket, no
 * serialisation of the request) with the same interface and error behaviour as the HTTP
 * {@link createClient}. Pass the handle of `openGraph()` or a `KnowledgeGraph`. Unlike the server,
 * it does not mask unexpected errors: their messages reach the caller.
 */
export function createInProcessClient(source: KnowledgeGraph | { readonly kg: KnowledgeGraph }): DiplomacyGraphClient {
  const kg = 'kg' in source ? source.kg : source;
  const operations = new PreparedOperations();
  return clientFromExecute(async (document, variables, operationName) => {
    const result = await executeQuery({ kg }, document, variables, operationName, operations);
    const response: GraphQLResponse<unknown> = {
      ...(result.errors === undefined ? {} : { errors: result.errors.map((e) => formatError(e, result.data !== undefined)) }),
      ...(result.data === undefined ? {} : { data: result.data }),
      ...(result.extensions === undefined ? {} : { extensions: result.extensions }),
    };
    return { response, status: null };
  });
}
