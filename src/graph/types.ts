import type { MultiDirectedGraph } from 'graphology';
import type { EntityKind } from '../dataset/model.js';

/** Attributes of a graph node (an entity). Flat, so exports and users' own algorithms can read them. */
export interface NodeAttributes {
  readonly kind: EntityKind;
  readonly name: string;
}

/** Attributes of a graph edge: a statement between two entities, or a position's link to what it is about. */
export interface EdgeAttributes {
  /** `statement` for a statement's subject → object; `position` for a position's holder → topic/about entity. */
  readonly kind: 'statement' | 'position';
  /** Statement id, or position id. */
  readonly source: string;
  /** The statement's predicate; `position_on` for position edges. */
  readonly predicate: string;
  /** Ids of the documents whose quotes support the edge. */
  readonly documents: readonly string[];
}

/** The typed graphology graph: a multi-directed graph of entities. */
export type DiplomacyGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
