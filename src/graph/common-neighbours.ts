import { edgeFilter, type EdgeFilterOptions } from './edge-filter.js';
import { edgesBetween, undirectedNeighbours, type GraphEdgeRef } from './graph-edge.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { requireEntity } from './require-entity.js';

/** An entity adjacent to both of two entities, with the edges that link it to each. */
export interface CommonNeighbour {
  readonly entity: string;
  /** Edges between this entity and `a`, statements first, each by key. */
  readonly edgesToA: readonly GraphEdgeRef[];
  /** Edges between this entity and `b`. */
  readonly edgesToB: readonly GraphEdgeRef[];
}

/**
 * Entities linked (in either direction) to both entities named by `a` and `b` (ids or aliases),
 * other than `a` and `b` themselves: the two-hop paths between them. Sorted by number of linking
 * edges (most first), then by id. Cost: the degrees of `a` and `b`. An unknown entity throws an
 * `UnknownEntityError`.
 */
export function commonNeighbours(kg: KnowledgeGraph, a: string, b: string, options: EdgeFilterOptions = {}): CommonNeighbour[] {
  const accept = edgeFilter(kg, options);
  const first = requireEntity(kg, a, 'a');
  const second = requireEntity(kg, b, 'b');
  const ofFirst = undirectedNeighbours(kg, first.id, accept);
  const ofSecond = undirectedNeighbours(kg, second.id, accept);
  const [smaller, larger] = ofFirst.size <= ofSecond.size ? [ofFirst, ofSecond] : [ofSecond, ofFirst];
  const shared = [...smaller].filter((id) => larger.has(id) && id !== first.id && id !== second.id);
  return shared
    .map((id) => ({ entity: id, edgesToA: edgesBetween(kg, id, first.id, accept), edgesToB: edgesBetween(kg, id, second.id, accept) }))
    .sort(
      (x, y) =>
        y.edgesToA.length + y.edgesToB.length - (x.edgesToA.length + x.edgesToB.length) ||
        (x.entity < y.entity ? -1 : x.entity > y.entity ? 1 : 0),
    );
}
