import type { Evidence, Position, Statement } from '../dataset/model.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import type { EdgeFilter } from './edge-filter.js';
import type { EdgeAttributes } from './types.js';

/**
 * An edge of the graph as query results return it: a statement (subject → object) or a position's
 * link (holder → topic or `about` entity), with the key that identifies it in the graphology graph.
 */
export interface GraphEdgeRef {
  /** The graphology edge key: the statement id, or `<position id>><entity id>`. */
  readonly key: string;
  /** The statement's subject, or the position's holder. */
  readonly source: string;
  /** The statement's object, or the entity the position is about. */
  readonly target: string;
  readonly attributes: EdgeAttributes;
}

/** Orders edges statements first, then positions, each by key. */
function compareGraphEdges(a: GraphEdgeRef, b: GraphEdgeRef): number {
  if (a.attributes.kind !== b.attributes.kind) return a.attributes.kind === 'statement' ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Every edge between `a` and `b` in either direction that `accept` lets through: statements first,
 * then positions, each by key.
 */
export function edgesBetween(kg: KnowledgeGraph, a: string, b: string, accept: EdgeFilter): GraphEdgeRef[] {
  const found = new Map<string, GraphEdgeRef>();
  const collect = (key: string, attributes: EdgeAttributes, source: string, target: string): void => {
    if (accept(attributes)) found.set(key, { key, source, target, attributes });
  };
  kg.adjacency.forEachEdge(a, b, collect);
  kg.adjacency.forEachEdge(b, a, collect);
  return [...found.values()].sort(compareGraphEdges);
}

/**
 * The distinct neighbours of `node` over edges `accept` lets through, ignoring direction (an
 * edge connects its ends both ways) and self-loops. Cost: the node's degree.
 */
export function undirectedNeighbours(kg: KnowledgeGraph, node: string, accept: EdgeFilter): Set<string> {
  const neighbours = new Set<string>();
  kg.adjacency.forEachEdge(node, (_key, attributes, source, target) => {
    if (!accept(attributes)) return;
    const other = source === node ? target : source;
    if (other !== node) neighbours.add(other);
  });
  return neighbours;
}

/** The statement an edge comes from; null for a position link. */
export function edgeStatement(kg: KnowledgeGraph, edge: GraphEdgeRef): Statement | null {
  return edge.attributes.kind === 'statement' ? (kg.statementById.get(edge.attributes.source) ?? null) : null;
}

/** The position a position link comes from; null for a statement edge. */
export function edgePosition(kg: KnowledgeGraph, edge: GraphEdgeRef): Position | null {
  return edge.attributes.kind === 'position' ? (kg.positionById.get(edge.attributes.source) ?? null) : null;
}

/** The evidence of the fact an edge comes from. */
export function edgeEvidence(kg: KnowledgeGraph, edge: GraphEdgeRef): readonly Evidence[] {
  return (edgeStatement(kg, edge) ?? edgePosition(kg, edge))?.evidence ?? [];
}
