export { createServer, type DiplomacyGraphServer } from './create-server.js';
export { listen, type ListenOptions, type RunningServer } from './listen.js';
export { createJsonLogger, silentLogger, LOG_LEVELS, type JsonLoggerOptions, type LogLevel, type ServerLogger } from './logger.js';
export {
  DEFAULT_QUERY_LIMITS,
  resolveServerOptions,
  type CorsSettings,
  type QueryLimits,
  type ResolvedServerOptions,
  type ServerMode,
  type ServerOptions,
} from './server-options.js';
