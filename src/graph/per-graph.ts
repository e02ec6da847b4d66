import type { KnowledgeGraph } from './knowledge-graph.js';

/**
 * Memoises `compute` per knowledge graph: the first call for a graph computes the value, later
 * calls return it. Sound because a knowledge graph never changes; held weakly, so a graph that is
 * no longer used takes its derived values with it. For derived structures that not every process
 * needs (centrality scores, a hub's neighbour lists), so loading stays fast. The search index has its
 * own per-graph map, because it can also be built in the background (`warmSearchIndex`).
 */
export function perGraph<T>(compute: (kg: KnowledgeGraph) => T): (kg: KnowledgeGraph) => T {
  const values = new WeakMap<KnowledgeGraph, T>();
  return (kg) => {
    if (values.has(kg)) return values.get(kg) as T;
    const value = compute(kg);
    values.set(kg, value);
    return value;
  };
}
