import type { KnowledgeGraph } from './knowledge-graph.js';
import { perGraph } from './per-graph.js';

/** A node's neighbours at the end of its outgoing and of its incoming edges, in graphology's order. */
export interface NeighbourLists {
  readonly out: readonly string[];
  readonly in: readonly string[];
}

/** Degree above which a node's neighbours are listed once and kept. */
export const LISTED_DEGREE = 256;

const cache = perGraph(() => new Map<string, NeighbourLists>());

/**
 * The neighbours of a hub as arrays, computed on first use and kept for the graph's life (sound:
 * the graph never changes). graphology keeps a node's neighbours as the keys of an object, and
 * V8 enumerates all keys of a large object before the first one is visited, so stopping after a
 * few neighbours of a hub would still cost its whole degree on every call; walking an array stops
 * where it stops. Null for nodes of degree at most {@link LISTED_DEGREE}, whose objects are
 * cheap to enumerate (and are most nodes: listing them all would cost memory for nothing).
 */
export function neighbourLists(kg: KnowledgeGraph, node: string): NeighbourLists | null {
  if (kg.graph.degree(node) <= LISTED_DEGREE) return null;
  const lists = cache(kg);
  let found = lists.get(node);
  if (!found) {
    found = { out: kg.graph.outNeighbors(node), in: kg.graph.inNeighbors(node) };
    lists.set(node, found);
  }
  return found;
}
