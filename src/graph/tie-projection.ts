import { edgeFilter } from './edge-filter.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

/**
 * The simple undirected graph of entities that centralities are computed on, as compressed
 * adjacency (CSR): node `i` is `ids[i]` (graph order), and its distinct neighbours are
 * `neighbours[offsets[i] .. offsets[i + 1])`, ascending. One tie per linked pair, however many
 * facts link it; self-loops dropped. Typed arrays, so that a million edges cost a few megabytes
 * and a traversal touches no objects.
 */
export interface TieProjection {
  readonly ids: readonly string[];
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

/** Number of ties (unordered linked pairs). */
export function tieCount(projection: TieProjection): number {
  return projection.neighbours.length / 2;
}

/**
 * The projection of `kg`'s graph: ties from statements, and from position links when
 * `includePositions` (holder – topic or `about` entity).
 */
export function tieProjection(kg: KnowledgeGraph, includePositions: boolean): TieProjection {
  const accept = edgeFilter(kg, { includePositions });
  const ids: string[] = [];
  const index = new Map<string, number>();
  kg.adjacency.forEachNode((node) => {
    index.set(node, ids.length);
    ids.push(node);
  });
  const n = ids.length;
  // Both directions of every accepted edge, then grouped by node (counting sort).
  let ends: number[] = [];
  const degree = new Int32Array(n + 1);
  kg.adjacency.forEachEdge((_key, attributes, source, target) => {
    if (source === target || !accept(attributes)) return;
    const u = index.get(source) as number;
    const v = index.get(target) as number;
    ends.push(u, v);
    degree[u] = (degree[u] as number) + 1;
    degree[v] = (degree[v] as number) + 1;
  });
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = (start[i] as number) + (degree[i] as number);
  const grouped = new Int32Array(start[n] as number);
  const fill = start.slice(0, n);
  for (let e = 0; e < ends.length; e += 2) {
    const u = ends[e] as number;
    const v = ends[e + 1] as number;
    grouped[(fill[u] as number)++] = v;
    grouped[(fill[v] as number)++] = u;
  }
  ends = [];
  // Each node's neighbours sorted and de-duplicated, compacted in place.
  const offsets = new Int32Array(n + 1);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const list = grouped.subarray(start[i], start[i + 1]).sort();
    offsets[i] = size;
    for (let j = 0; j < list.length; j++) {
      const v = list[j] as number;
      if (j === 0 || v !== list[j - 1]) grouped[size++] = v;
    }
  }
  offsets[n] = size;
  return { ids, offsets, neighbours: grouped.slice(0, size) };
}
