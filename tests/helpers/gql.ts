import type { ExecutionResult } from 'graphql';
import { createServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/server/logger.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';

/** A GraphQL response as JSON, with loosely typed data for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/**
 * Runs `query` through the real schema and the real yoga server in-process (`yoga.fetch`, no
 * socket) and returns the parsed JSON response.
 */
export async function gql(
  kg: KnowledgeGraph,
  query: string,
  variables?: Record<string, unknown>,
): Promise<ExecutionResult<Json> & { status: number }> {
  const yoga = createServer({ kg, logger: silentLogger });
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as ExecutionResult<Json>), status: response.status };
}
