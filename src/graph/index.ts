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
} from './paginate.js';
export { listEntities } from './list-entities.js';
export { documentsMentioning, documentsSupporting } from './documents-of-entity.js';
export { coverageReport, type CoverageReport, type DocumentCoverage, type ParagraphRef, type UnlinkedName } from './coverage-report.js';
