export { openGraph, type DiplomacyGraphHandle, type DiplomacyGraphTables, type OpenGraphOptions } from './open-graph.js';
export * from './tables/index.js';
export { egoNetworkSvg, type EgoNetworkSvgOptions } from './ego-network-svg.js';
