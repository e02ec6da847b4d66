export { openGraph, graphHandle, type DiplomacyGraphHandle, type DiplomacyGraphTables, type OpenGraphOptions } from './open-graph.js';
export * from './tables/index.js';
export { egoNetworkSvg, KIND_COLORS, type EgoNetworkSvgOptions } from './ego-network-svg.js';
