/**
 * diplomacy-graph: a curated, evidence-backed knowledge graph of diplomacy with a GraphQL
 * interface. This module is the library API (what a notebook imports); the HTTP server, the CLI
 * and the typed client are adapters over it.
 */
export * from './errors.js';
export * from './dataset/index.js';
export * from './graph/index.js';
export * from './graphql/index.js';
export * from './library/index.js';
export * from './export/index.js';
export * from './client/index.js';
export {
  createServer,
  listen,
  createJsonLogger,
  silentLogger,
  DEFAULT_QUERY_LIMITS,
  type ServerOptions,
  type ListenOptions,
  type RunningServer,
  type DiplomacyGraphServer,
  type QueryLimits,
  type ServerMode,
  type CorsSettings,
  type ServerLogger,
  type LogLevel,
} from './server/index.js';
