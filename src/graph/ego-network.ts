import { edgeFilter, type EdgeFilter, type EdgeFilterOptions } from './edge-filter.js';
import { compareGraphEdges, type GraphEdgeRef } from './graph-edge.js';
import { intArgument } from './int-argument.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { resolveEntity } from './resolve-entity.js';

/** Deepest ego network, whatever `depth` asks. */
export const MAX_EGO_DEPTH = 3;
export const DEFAULT_EGO_DEPTH = 1;
/** Largest ego network (nodes, center included), whatever `limit` asks. */
export const MAX_EGO_NODES = 500;
export const DEFAULT_EGO_NODES = 50;

/** An entity of an ego network and its distance (in hops) from the center. */
export interface EgoNode {
  readonly id: string;
  readonly distance: number;
}

/** The entities within `depth` hops of a center and every edge among them. */
export interface EgoNetwork {
  readonly center: string;
  readonly depth: number;
  /** By distance; within a distance, entities with more edges to the previous layer first, then by id. */
  readonly nodes: readonly EgoNode[];
  /** Every followed edge between two of `nodes` (statements first, each by key). */
  readonly edges: readonly GraphEdgeRef[];
  /** True when entities within `depth` hops were left out because of `limit`. */
  readonly truncated: boolean;
}

export interface EgoNetworkOptions extends EdgeFilterOptions {
  /** Hops from the center, 1 to {@link MAX_EGO_DEPTH}; default {@link DEFAULT_EGO_DEPTH}. */
  readonly depth?: number | null;
  /** Most entities, center included, 1 to {@link MAX_EGO_NODES}; default {@link DEFAULT_EGO_NODES}. */
  readonly limit?: number | null;
}

/** Entities adjacent to `layer` and not yet included, with how many followed edges reach each. */
function nextLayer(
  kg: KnowledgeGraph,
  layer: readonly string[],
  included: ReadonlyMap<string, number>,
  accept: EdgeFilter,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of layer) {
    kg.graph.forEachEdge(node, (_key, attributes, source, target) => {
      if (!accept(attributes)) return;
      const other = source === node ? target : source;
      if (!included.has(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
    });
  }
  return counts;
}

/**
 * The ego network of the entity named by `entity` (id or alias): every entity within `depth` hops
 * (edges followed both ways), at most `limit` of them, and the edges among them, each a statement
 * or position that carries its evidence. Breadth-first, so the cost grows with the degrees of the
 * entities reached, bounded by `limit`. Null for an unknown entity; invalid `depth`, `limit` or
 * predicates throw an {@link InvalidArgumentError}.
 */
export function egoNetwork(kg: KnowledgeGraph, entity: string, options: EgoNetworkOptions = {}): EgoNetwork | null {
  const depth = intArgument('depth', options.depth, DEFAULT_EGO_DEPTH, 1, MAX_EGO_DEPTH);
  const limit = intArgument('limit', options.limit, DEFAULT_EGO_NODES, 1, MAX_EGO_NODES);
  const accept = edgeFilter(kg, options);
  const center = resolveEntity(kg, entity);
  if (!center) return null;

  const included = new Map<string, number>([[center.id, 0]]);
  let layer = [center.id];
  let truncated = false;
  for (let distance = 1; distance <= depth && layer.length > 0; distance++) {
    const counts = nextLayer(kg, layer, included, accept);
    const candidates = [...counts.keys()].sort(
      (a, b) => (counts.get(b) as number) - (counts.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0),
    );
    const room = limit - included.size;
    if (candidates.length > room) truncated = true;
    layer = candidates.slice(0, room);
    for (const id of layer) included.set(id, distance);
    if (truncated) break;
    // Full, with hops to go: truncated exactly when the next layer would not be empty.
    if (included.size === limit && distance < depth) {
      truncated = nextLayer(kg, layer, included, accept).size > 0;
      break;
    }
  }

  const edges = new Map<string, GraphEdgeRef>();
  for (const node of included.keys()) {
    kg.graph.forEachEdge(node, (key, attributes, source, target) => {
      if (accept(attributes) && included.has(source) && included.has(target)) edges.set(key, { key, source, target, attributes });
    });
  }
  return {
    center: center.id,
    depth,
    nodes: [...included].map(([id, d]) => ({ id, distance: d })),
    edges: [...edges.values()].sort(compareGraphEdges),
    truncated,
  };
}
