export { openGraph, graphHandle, type DiplomacyGraphHandle, type DiplomacyGraphTables, type OpenGraphOptions } from './open-graph.js';
export * from './tables/index.js';
