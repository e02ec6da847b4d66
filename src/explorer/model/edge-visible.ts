import type { ExplorerEdgeAttributes, ExplorerNodeAttributes } from './explorer-graph.js';
import type { ExplorerFilters } from './url-state.js';

/** The first ISO day a bound denotes (`2024` → `2024-01-01`), or the last (`2024` → `2024-12-31`). */
export function boundDay(bound: string, end: boolean): string {
  if (bound.length === 10) return bound;
  if (bound.length === 7) {
    if (!end) return `${bound}-01`;
    const [year, month] = bound.split('-').map(Number) as [number, number];
    return `${bound}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return end ? `${bound}-12-31` : `${bound}-01-01`;
}

/** Whether a node passes the kind filter. */
export function nodeVisible(node: ExplorerNodeAttributes, filters: ExplorerFilters): boolean {
  return !filters.hiddenKinds.includes(node.kind);
}

/**
 * Whether an edge passes the filters: positions on or off, predicate hidden or not, and the date
 * range. With a range set, an edge is shown when its fact's span (earliest to latest day) overlaps
 * it, as the API's OVERLAPS rule; a fact with no stated date, or no stated year, is hidden then,
 * never placed on a guessed date.
 */
export function edgeVisible(edge: ExplorerEdgeAttributes, filters: ExplorerFilters): boolean {
  if (edge.kind === 'POSITION' && !filters.positions) return false;
  if (edge.predicate !== null && filters.hiddenPredicates.includes(edge.predicate)) return false;
  if (filters.from === null && filters.to === null) return true;
  if (edge.time === null || edge.time.earliest === null || edge.time.latest === null) return false;
  if (filters.from !== null && edge.time.latest < boundDay(filters.from, false)) return false;
  if (filters.to !== null && edge.time.earliest > boundDay(filters.to, true)) return false;
  return true;
}
