import { createYogaServer } from './create-yoga-server.js';
import type { DiplomacyGraphServer } from './diplomacy-graph-server.js';
import { useDatasetResponseCache } from './plugins/use-dataset-response-cache.js';
import type { ServerOptions } from './server-options.js';

export type { DiplomacyGraphServer } from './diplomacy-graph-server.js';

/**
 * Builds the yoga instance serving `options.kg` (no socket: call `server.fetch(request)` in tests,
 * or hand it to `node:http` via `listen`). Every request is held to the limits of
 * `options.limits` (defaults in `DEFAULT_QUERY_LIMITS`): body size, tokens, depth, aliases,
 * directives, estimated cost with the variables, then a deadline and a result-size budget while
 * executing. Batching is off. Expected errors (`DiplomacyGraphError`s) reach the client with
 * `extensions.code`; every other error is masked (with the original attached in development).
 * `GET /health` and `GET /ready` answer probes; one JSON log line is written per request.
 * GraphiQL is rendered from local assets, so it works offline.
 */
export function createServer(options: ServerOptions): DiplomacyGraphServer {
  return createYogaServer(options, useDatasetResponseCache);
}
