import type { KnowledgeGraph } from './knowledge-graph.js';

/**
 * Memoises `compute` per knowledge graph: the first call for a graph computes the value, later
 * calls return it. Sound because a knowledge graph never changes; held weakly, so a graph that is
 * no longer used takes its derived values with it. For derived structures that not every process
 * needs (centrality scores), so loading stays fast. This is memoisation of a
 * pure function of an immutable graph, not a process-wide cache: the answer to a query never
 * depends on what ran before. The search index has its own per-graph map, because its build can
 * be resumed (`searchIndexWork`).
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
