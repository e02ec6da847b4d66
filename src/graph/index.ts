export type { DiplomacyGraph, NodeAttributes, EdgeAttributes } from './types.js';
export { buildGraph } from './build-graph.js';
export { createKnowledgeGraph, type KnowledgeGraph } from './knowledge-graph.js';
export { resolveEntity } from './resolve-entity.js';
export { entityStatements, type EntityStatementsOptions, type StatementDirection } from './entity-statements.js';
export {
  paginate,
  encodeCursor,
  decodeCursor,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  type ConnectionModel,
  type EdgeModel,
  type PageArgs,
  type CursorPosition,
} from './paginate.js';
export { listEntities, type EntityListOptions } from './list-entities.js';
export { listStatements, type StatementListOptions } from './list-statements.js';
export { listPositions, type PositionListOptions } from './list-positions.js';
export { listDocuments, type DocumentListOptions } from './list-documents.js';
export { buildListIndexes, type ListIndexes } from './list-indexes.js';
export { entityRelations, predicateOf, type Relation, type EntityRelationsOptions } from './entity-relations.js';
export { relatedEntities, type RelatedEntity } from './related-entities.js';
export { resolveNode, resolveNodes, MAX_NODE_IDS, type NodeModel } from './resolve-node.js';
export { entityTimeline, type TimelineItem, type TimelineOptions } from './entity-timeline.js';
export { statementTime, statementTimes, type StatementTime, type StatementTimeRole } from './statement-time.js';
export { compareTimes } from './compare-times.js';
export { parseTimeRange, timeMatchesRange, type TimeRange } from './time-range.js';
export * from './filters/index.js';
export { documentsMentioning, documentsSupporting } from './documents-of-entity.js';
export { coverageReport, type CoverageReport, type DocumentCoverage, type ParagraphRef, type UnlinkedName } from './coverage-report.js';
