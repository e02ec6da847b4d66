export {
  createExplorerGraph,
  type ExplorerGraph,
  type ExplorerNodeAttributes,
  type ExplorerEdgeAttributes,
  type EdgeTime,
} from './explorer-graph.js';
export { mergeGraphAnswer, edgeAttributes, hiddenStatementCount, type GraphAnswer, type MergeResult } from './merge-neighbourhood.js';
export { encodeState, decodeState, INITIAL_STATE, type ExplorerState, type ExplorerFilters, type Selection } from './url-state.js';
export { layoutTimeAxis, type TimeAxis, type PlacedItem, type AxisInput, type AxisTime, type AxisTick } from './time-axis.js';
export { highlightSegments, quoteInSentence, type Highlight, type TextSegment } from './highlight-segments.js';
export { edgeVisible, nodeVisible, boundDay } from './edge-visible.js';
export { citeText, type Citation, type CitedQuote } from './cite-text.js';
export { evidenceSnippet, type EvidenceSnippet } from './evidence-snippet.js';
