import { edgeFilter, type EdgeFilter, type EdgeFilterOptions } from './edge-filter.js';
import type { GraphEdgeRef } from './graph-edge.js';
import { intArgument } from './int-argument.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { requireEntity } from './require-entity.js';

/** Deepest ego network, whatever `depth` asks. */
const MAX_EGO_DEPTH = 3;
const DEFAULT_EGO_DEPTH = 1;
/** Largest ego network (nodes, center included), whatever `limit` asks. */
const MAX_EGO_NODES = 500;
const DEFAULT_EGO_NODES = 50;
/** Most edges an ego network returns, whatever `edgeLimit` asks. */
export const MAX_EGO_EDGES = 5000;
/** Default edge cap: larger than any ego network of the curated seeds (at most 534 edges). */
const DEFAULT_EGO_EDGES = 1000;

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
  /**
   * The followed edges between two of `nodes`, at most `edgeLimit` of them (statements first, each
   * by key). Which edges are kept when there are more: those of the entities reached first (all
   * edges between the i-th entity and the ones before it, before any of the (i+1)-th), within that
   * by the earlier entity, parallel edges in graphology's order (the most recently added first).
   */
  readonly edges: readonly GraphEdgeRef[];
  /** True when entities within `depth` hops were left out because of `limit`. */
  readonly truncated: boolean;
  /** True when edges among `nodes` were left out because of `edgeLimit`. */
  readonly edgesTruncated: boolean;
}

export interface EgoNetworkOptions extends EdgeFilterOptions {
  /** Hops from the center, 1 to {@link MAX_EGO_DEPTH}; default {@link DEFAULT_EGO_DEPTH}. */
  readonly depth?: number | null;
  /** Most entities, center included, 1 to {@link MAX_EGO_NODES}; default {@link DEFAULT_EGO_NODES}. */
  readonly limit?: number | null;
  /** Most edges, 1 to {@link MAX_EGO_EDGES}; default {@link DEFAULT_EGO_EDGES}. */
  readonly edgeLimit?: number | null;
}

/**
 * Calls `visit` with each entity at the other end of a followed edge of `node`: those of outgoing
 * edges, then of incoming ones, each once, in the graph's order; stops as soon as `visit` returns
 * true (and returns true). Walks neighbours rather than edges, so the parallel edges between a hub
 * and its neighbours cost one accepted edge each, not all of them; the adjacency keeps a node's
 * neighbours in an array, so stopping early costs only what was walked, even for a hub.
 */
function someNeighbour(kg: KnowledgeGraph, node: string, accept: EdgeFilter, visit: (other: string) => boolean): boolean {
  const graph = kg.adjacency;
  const accepted = (_key: string, attributes: GraphEdgeRef['attributes']): boolean => accept(attributes);
  return (
    graph.someOutNeighbor(node, (other) => graph.someOutEdge(node, other, accepted) && visit(other)) ||
    graph.someInNeighbor(node, (other) => graph.someInEdge(node, other, accepted) && visit(other))
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

/**
 * The followed edges among `order` (entities in the order they were reached), at most `cap`:
 * for each entity in turn, its edges to itself and to the entities before it, by the earlier
 * entity's position and, between two entities, in graphology's order. Each pair is visited once,
 * from its later entity, either by walking that entity's edges (when it has few) or by looking up
 * the edges of each earlier pair (a hub's thousands of edges are never all walked), so the cost is
 * bounded by `order.length`² lookups and `cap` edges, whatever the degrees.
 */
function collectEdges(
  kg: KnowledgeGraph,
  order: readonly string[],
  position: ReadonlyMap<string, number>,
  accept: EdgeFilter,
  cap: number,
): { edges: Map<string, GraphEdgeRef>; truncated: boolean } {
  const graph = kg.adjacency;
  const edges = new Map<string, GraphEdgeRef>();
  for (let k = 0; k < order.length; k++) {
    const node = order[k] as string;
    if (graph.degree(node) <= k + 1) {
      // Few edges: walk them all, keep those to entities up to k, then order by the other entity.
      const found: { readonly at: number; readonly edge: GraphEdgeRef }[] = [];
      graph.forEachEdge(node, (key, attributes, source, target) => {
        const at = position.get(source === node ? target : source);
        if (at !== undefined && at <= k && accept(attributes) && !edges.has(key))
          found.push({ at, edge: { key, source, target, attributes } });
      });
      found.sort((a, b) => a.at - b.at);
      for (const { edge } of found) {
        if (edges.has(edge.key)) continue; // a self-loop is walked as both outgoing and incoming
        if (edges.size === cap) return { edges, truncated: true };
        edges.set(edge.key, edge);
      }
    } else {
      for (let j = 0; j <= k; j++) {
        const full = graph.someEdge(node, order[j] as string, (key, attributes, source, target) => {
          if (!accept(attributes) || edges.has(key)) return false;
          if (edges.size === cap) return true;
          edges.set(key, { key, source, target, attributes });
          return false;
        });
        if (full) return { edges, truncated: true };
      }
    }
  }
  return { edges, truncated: false };
}

/**
 * The ego network of the entity named by `entity` (id or alias): every entity within `depth` hops
 * (edges followed both ways), at most `limit` of them, and the edges among them, each a statement
 * or position that carries its evidence. Breadth-first, stopping once `limit` entities are reached,
 * so the cost is bounded by `limit` rather than by the size of the neighbourhood (a hub's edges are
 * walked only until the limit is reached); at most `edgeLimit` edges, looked up pair by pair for
 * hubs, so the cost depends on the limits, not on the degrees. An unknown entity throws an
 * `UnknownEntityError`; invalid
 * `depth`, `limit`, `edgeLimit` or predicates throw an {@link InvalidArgumentError}.
 */
export function egoNetwork(kg: KnowledgeGraph, entity: string, options: EgoNetworkOptions = {}): EgoNetwork {
  const depth = intArgument('depth', options.depth, DEFAULT_EGO_DEPTH, 1, MAX_EGO_DEPTH);
  const limit = intArgument('limit', options.limit, DEFAULT_EGO_NODES, 1, MAX_EGO_NODES);
  const edgeLimit = intArgument('edgeLimit', options.edgeLimit, DEFAULT_EGO_EDGES, 1, MAX_EGO_EDGES);
  const accept = edgeFilter(kg, options);
  const center = requireEntity(kg, entity, 'entity');

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

  const order = [...included.keys()];
  const position = new Map(order.map((id, i) => [id, i]));
  const collected = collectEdges(kg, order, position, accept, edgeLimit);
  return {
    center: center.id,
    depth,
    nodes: [...included].map(([id, d]) => ({ id, distance: d })),
    edges: sortedEdges(collected.edges),
    truncated,
    edgesTruncated: collected.truncated,
  };
}
