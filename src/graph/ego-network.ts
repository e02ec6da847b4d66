import { edgeFilter, type EdgeFilter, type EdgeFilterOptions } from './edge-filter.js';
import type { GraphEdgeRef } from './graph-edge.js';
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
  /**
   * By distance; within a distance, in the order they were reached: from the previous layer's
   * entities in order, each one's outgoing then incoming edges in the graph's (dataset) order.
   */
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

/**
 * Calls `visit` with the entity at the other end of each followed edge of `node`: outgoing edges,
 * then incoming, each in the graph's order; stops as soon as `visit` returns true (and returns true).
 */
function someNeighbour(kg: KnowledgeGraph, node: string, accept: EdgeFilter, visit: (other: string) => boolean): boolean {
  return (
    kg.graph.someOutEdge(node, (_key, attributes, _source, target) => accept(attributes) && visit(target)) ||
    kg.graph.someInEdge(node, (_key, attributes, source) => accept(attributes) && visit(source))
  );
}

/**
 * `edges` in `compareGraphEdges` order (statements first, then positions, each by key),
 * sorting the keys with the default (code unit) order, several times faster than a comparator on
 * the thousands of parallel edges a neighbourhood of hubs can hold.
 */
function sortedEdges(edges: ReadonlyMap<string, GraphEdgeRef>): GraphEdgeRef[] {
  const statements: string[] = [];
  const positions: string[] = [];
  for (const edge of edges.values()) (edge.attributes.kind === 'statement' ? statements : positions).push(edge.key);
  statements.sort();
  positions.sort();
  const sorted: GraphEdgeRef[] = [];
  for (const key of statements) sorted.push(edges.get(key) as GraphEdgeRef);
  for (const key of positions) sorted.push(edges.get(key) as GraphEdgeRef);
  return sorted;
}

/** Every followed edge between two of `included`, into `edges`. */
function collectEdges(
  kg: KnowledgeGraph,
  included: ReadonlyMap<string, number>,
  accept: EdgeFilter,
  edges: Map<string, GraphEdgeRef>,
): void {
  const { graph } = kg;
  const add = (key: string, attributes: GraphEdgeRef['attributes'], source: string, target: string): void => {
    if (accept(attributes) && included.has(source) && included.has(target)) edges.set(key, { key, source, target, attributes });
  };
  for (const node of included.keys()) {
    // A hub's edges are looked up per included entity rather than all walked.
    if (graph.degree(node) <= 2 * included.size) graph.forEachEdge(node, add);
    else for (const other of included.keys()) graph.forEachEdge(node, other, add);
  }
}

/**
 * The ego network of the entity named by `entity` (id or alias): every entity within `depth` hops
 * (edges followed both ways), at most `limit` of them, and the edges among them, each a statement
 * or position that carries its evidence. Breadth-first, stopping once `limit` entities are reached,
 * so the cost is bounded by `limit` rather than by the size of the neighbourhood (a hub's edges are
 * walked only until the limit is reached). Null for an unknown entity; invalid `depth`, `limit` or
 * predicates throw an {@link InvalidArgumentError}.
 */
export function egoNetwork(kg: KnowledgeGraph, entity: string, options: EgoNetworkOptions = {}): EgoNetwork | null {
  const depth = intArgument('depth', options.depth, DEFAULT_EGO_DEPTH, 1, MAX_EGO_DEPTH);
  const limit = intArgument('limit', options.limit, DEFAULT_EGO_NODES, 1, MAX_EGO_NODES);
  const accept = edgeFilter(kg, options);
  const center = resolveEntity(kg, entity);
  if (!center) return null;

  // Breadth-first, taking entities in the order they are reached and stopping at `limit`: the
  // work is bounded by the edges walked until the limit is reached (plus the search for one more
  // entity that decides `truncated`), not by the whole neighbourhood.
  const included = new Map<string, number>([[center.id, 0]]);
  let layer = [center.id];
  let truncated = false;
  for (let distance = 1; distance <= depth && layer.length > 0 && !truncated; distance++) {
    const next: string[] = [];
    for (const node of layer) {
      truncated = someNeighbour(kg, node, accept, (other) => {
        if (included.has(other)) return false;
        if (included.size === limit) return true;
        included.set(other, distance);
        next.push(other);
        return false;
      });
      if (truncated) break;
    }
    layer = next;
    // Full, with hops to go: truncated exactly when the next layer would not be empty.
    if (!truncated && included.size === limit) {
      if (distance < depth) truncated = layer.some((node) => someNeighbour(kg, node, accept, (other) => !included.has(other)));
      break;
    }
  }

  const edges = new Map<string, GraphEdgeRef>();
  collectEdges(kg, included, accept, edges);
  return {
    center: center.id,
    depth,
    nodes: [...included].map(([id, d]) => ({ id, distance: d })),
    edges: sortedEdges(edges),
    truncated,
  };
}
