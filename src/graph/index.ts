export type { DiplomacyGraph, NodeAttributes, EdgeAttributes } from './types.js';
export type { GraphReader, EdgeCallback } from './adjacency.js';
export { createKnowledgeGraph, type KnowledgeGraph } from './knowledge-graph.js';
export { resolveEntity } from './resolve-entity.js';
export { requireEntity } from './require-entity.js';
export { suggestEntities } from './suggest-entities.js';
export { entityStatements, type EntityStatementsOptions, type StatementDirection } from './entity-statements.js';
export { type ConnectionModel, type EdgeModel, type PageArgs } from './paginate.js';
export { listEntities, type EntityListOptions } from './list-entities.js';
export { listStatements, type StatementListOptions } from './list-statements.js';
export { listPositions, type PositionListOptions } from './list-positions.js';
export { listDocuments, type DocumentListOptions } from './list-documents.js';
export { entityRelations, type Relation, type EntityRelationsOptions } from './entity-relations.js';
export { relatedEntities, type RelatedEntity } from './related-entities.js';
export { resolveNode, type NodeModel } from './resolve-node.js';
export { entityTimeline, type TimelineItem, type TimelineOptions } from './entity-timeline.js';
export { statementTime, statementTimes, type StatementTime, type StatementTimeRole } from './statement-time.js';
export * from './filters/index.js';
export { documentsMentioning, documentsSupporting, type DocumentMentions, type DocumentSupport } from './documents-of-entity.js';
export { type GraphEdgeRef } from './graph-edge.js';
export {
  shortestPath,
  shortestPaths,
  type GraphPath,
  type PathHop,
  type PathLink,
  type HopDirection,
  type ShortestPathOptions,
} from './shortest-paths.js';
export { egoNetwork, type EgoNetwork, type EgoNode, type EgoNetworkOptions } from './ego-network.js';
export { coMembers, type CoMember, type SharedObject, type CoMembersOptions } from './co-members.js';
export { commonNeighbours, type CommonNeighbour } from './common-neighbours.js';
export { centrality, CENTRALITY_MEASURES, type CentralityMeasure, type CentralityScore, type CentralityOptions } from './centrality.js';
export { type SearchField, type SearchResultType } from './search-index.js';
export { search, type SearchHit, type SearchMatch, type SearchOptions } from './search.js';
export { provenance, type Provenance, type SourceDocument } from './provenance.js';
export { singleSourceStatements, type SingleSourceStatementsOptions } from './single-source-statements.js';
export { singleSourcePositions, type SingleSourcePositionsOptions } from './single-source-positions.js';
export { coMentions, type CoMention, type CoMentionScope, type MentionContext, type CoMentionsOptions } from './co-mentions.js';
export { coverageReport, type CoverageReport, type DocumentCoverage, type ParagraphRef, type UnlinkedName } from './coverage-report.js';
export { inferredFacts, type InferredFacts, type InferredReason } from './inferred-facts.js';
export { timeSource, type TimeSourceKind } from './time-source.js';

export {
  relationship,
  type Relationship,
  type RelationshipDirection,
  type RelationshipDocument,
  type RelationshipPredicateGroup,
  type RelationshipTopicGroup,
} from './relationship.js';
export { timeSpan, type TimeSpan } from './time-span.js';
export { entityTime, ENTITY_TIME_SOURCES, type EntityTime, type EntityTimeSource } from './entity-time.js';
export { groupCounts, distinctCount, type GroupCount, type GroupField, type GroupKeyKind, type GroupOrder } from './group-counts.js';
export {
  positionGroupFields,
  statementGroupFields,
  entityGroupFields,
  type PositionGroupField,
  type StatementGroupField,
  type EntityGroupField,
} from './aggregate-fields.js';
export { memberships, MEMBERSHIP_PREDICATES, type MembershipOptions } from './memberships.js';
