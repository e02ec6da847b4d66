export { createServer, type DiplomacyGraphServer } from './create-server.js';
export { listen, type ListenOptions, type RunningServer } from './listen.js';
export { createJsonLogger, silentLogger, type LogLevel, type ServerLogger } from './logger.js';
export { DEFAULT_QUERY_LIMITS, type CorsSettings, type QueryLimits, type ServerMode, type ServerOptions } from './server-options.js';
export { DatasetReloadReport } from './dataset-reload-report.js';
export { watchServedDataset, type WatchServedDatasetOptions } from './watch-served-dataset.js';
export { searchIndexReady, warmSearchIndex } from './warm-search-index.js';
