import type { DocumentRecord, Entity, Position, Statement, StatementValue } from '../dataset/model.js';
import type { TimelineItem } from '../graph/entity-timeline.js';
import type { ConnectionModel, EdgeModel } from '../graph/paginate.js';

export type { Relation as RelationModel } from '../graph/entity-relations.js';
export type { RelatedEntity as RelatedEntityModel } from '../graph/related-entities.js';

/** Internal shape behind the GraphQL `Quantity` type. */
export type QuantityModel = Extract<StatementValue, { type: 'quantity' }>;
/** Internal shape behind the GraphQL `StringValue` type. */
export type StringValueModel = Extract<StatementValue, { type: 'string' }>;
/** Internal shape behind the GraphQL `Attribute` type. */
export interface AttributeModel {
  readonly key: string;
  readonly value: string;
}

/** Connections of entities (`EntityConnection`, `PersonConnection`, `CountryConnection`, …). */
export type EntityConnectionModel = ConnectionModel<Entity>;
export type EntityEdgeModel = EdgeModel<Entity>;
export type StatementConnectionModel = ConnectionModel<Statement>;
export type StatementEdgeModel = EdgeModel<Statement>;
export type PositionConnectionModel = ConnectionModel<Position>;
export type PositionEdgeModel = EdgeModel<Position>;
export type DocumentConnectionModel = ConnectionModel<DocumentRecord>;
export type DocumentEdgeModel = EdgeModel<DocumentRecord>;

/** Internal shape behind `PositionAggregate`: the whole filtered list of positions. */
export interface PositionAggregateModel {
  readonly items: readonly Position[];
}
/** Internal shape behind `StatementAggregate`: the whole filtered list of statements. */
export interface StatementAggregateModel {
  readonly items: readonly Statement[];
}
/** Internal shape behind `EntityAggregate`: the whole filtered list of entities. */
export interface EntityAggregateModel {
  readonly items: readonly Entity[];
}

/** Internal shape behind the GraphQL `Timeline` type. */
export interface TimelineModel {
  readonly entity: Entity;
  readonly items: readonly TimelineItem[];
}
/** Internal shape behind `StatementTimelineItem`. */
export type StatementTimelineItemModel = Extract<TimelineItem, { type: 'statement' }>;
/** Internal shape behind `PositionTimelineItem`. */
export type PositionTimelineItemModel = Extract<TimelineItem, { type: 'position' }>;
