import type { Entity, StatementValue } from '../dataset/model.js';
import type { ConnectionModel, EdgeModel } from '../graph/paginate.js';

/** Internal shape behind the GraphQL `Quantity` type. */
export type QuantityModel = Extract<StatementValue, { type: 'quantity' }>;
/** Internal shape behind the GraphQL `StringValue` type. */
export type StringValueModel = Extract<StatementValue, { type: 'string' }>;
/** Internal shape behind the GraphQL `Attribute` type. */
export interface AttributeModel {
  readonly key: string;
  readonly value: string;
}

export type EntityConnectionModel = ConnectionModel<Entity>;
export type EntityEdgeModel = EdgeModel<Entity>;
