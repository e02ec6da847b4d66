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
export {
  documentsMentioning,
  documentsSupporting,
  entityMentionsByDocument,
  entitySupportByDocument,
  type DocumentMentions,
  type DocumentSupport,
} from './documents-of-entity.js';
export { edgeFilter, type EdgeFilter, type EdgeFilterOptions } from './edge-filter.js';
export {
  compareGraphEdges,
  edgeEvidence,
  edgePosition,
  edgeStatement,
  edgesBetween,
  graphEdgeRef,
  undirectedNeighbours,
  type GraphEdgeRef,
} from './graph-edge.js';
export {
  shortestPath,
  shortestPaths,
  MAX_PATH_HOPS,
  DEFAULT_PATH_HOPS,
  MAX_PATHS,
  DEFAULT_PATHS,
  type GraphPath,
  type PathHop,
  type PathLink,
  type HopDirection,
  type ShortestPathOptions,
} from './shortest-paths.js';
export {
  egoNetwork,
  MAX_EGO_DEPTH,
  MAX_EGO_EDGES,
  MAX_EGO_NODES,
  type EgoNetwork,
  type EgoNode,
  type EgoNetworkOptions,
} from './ego-network.js';
export { coMembers, type CoMember, type SharedObject, type CoMembersOptions } from './co-members.js';
export { commonNeighbours, type CommonNeighbour } from './common-neighbours.js';
export {
  centrality,
  centralityScores,
  CENTRALITY_MEASURES,
  type CentralityMeasure,
  type CentralityScore,
  type CentralityOptions,
} from './centrality.js';
export {
  buildSearchIndex,
  searchIndexOf,
  searchIndexReady,
  warmSearchIndex,
  BACKGROUND_SEARCH_INDEX_ITEMS,
  SearchIndex,
  searchItems,
  tokenizeSearchText,
  processSearchTerm,
  SEARCH_FIELDS,
  SEARCH_FIELD_BOOSTS,
  type SearchItem,
  type SearchField,
  type SearchResultType,
} from './search-index.js';
export { search, MAX_SEARCH_RESULTS, type SearchHit, type SearchMatch, type SearchOptions } from './search.js';
export {
  provenance,
  sourcesOf,
  statementProvenance,
  positionProvenance,
  type Provenance,
  type SourceDocument,
  type ProvenanceConnection,
  type ProvenanceEdge,
} from './provenance.js';
export { singleSourceStatements, type SingleSourceStatementsOptions } from './single-source-statements.js';
export { singleSourcePositions, type SingleSourcePositionsOptions } from './single-source-positions.js';
export { coMentions, type CoMention, type CoMentionScope, type MentionContext, type CoMentionsOptions } from './co-mentions.js';
export { perGraph } from './per-graph.js';
export { intArgument } from './int-argument.js';
export { coverageReport, type CoverageReport, type DocumentCoverage, type ParagraphRef, type UnlinkedName } from './coverage-report.js';
