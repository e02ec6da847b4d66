export { KIND_COLORS, kindColor } from './kind-colors.js';
export { STANCE_COLORS, STATEMENT_EDGE_COLOR, stanceColor } from './stance-colors.js';
export { forceLayoutSettings, seededPosition, unitHash } from './force-layout-settings.js';
export { nodeSize } from './node-size.js';
