import type { DiplomacyGraphServer } from '../../src/server/create-server.js';
import { createServer } from '../../src/server/create-server.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { silentLogger } from '../../src/server/logger.js';
import type { ServerOptions } from '../../src/server/server-options.js';

/** A response as tests read it. */
export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or null when the body is empty or not JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
  readonly text: string;
}

/** A production server (unless `options` says otherwise) that logs nothing. */
export function server(kg: KnowledgeGraph, options: Partial<ServerOptions> = {}): DiplomacyGraphServer {
  return createServer({ kg, mode: 'production', logger: silentLogger, ...options });
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Sends a request through `yoga.fetch` (in-process, no socket) and reads the reply. */
export async function send(yoga: DiplomacyGraphServer, path: string, init: RequestInit = {}): Promise<Reply> {
  const response = await yoga.fetch(`http://127.0.0.1${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: parseJson(text), text };
}

/** The GraphQL-over-HTTP media type: request errors get 4xx statuses. */
export const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** POSTs a GraphQL request as JSON, accepting `application/graphql-response+json`. */
export function post(
  yoga: DiplomacyGraphServer,
  request: Record<string, unknown> | unknown[],
  headers: Record<string, string> = {},
): Promise<Reply> {
  return send(yoga, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
    body: JSON.stringify(request),
  });
}

/**
 * `{ entity(id: "Tokayev") { statements { subject { statements { object { … id } } } } } }` with
 * `levels` fields between `entity` and `id`, through the real schema: depth `levels + 2`.
 */
export function deepQuery(levels: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < levels; i++) {
    const field = i % 2 === 0 ? 'statements' : i % 4 === 1 ? 'subject' : 'object';
    open += `${field} { `;
    close += ' }';
  }
  return `{ entity(id: "Tokayev") { ${open}id${close} } }`;
}
