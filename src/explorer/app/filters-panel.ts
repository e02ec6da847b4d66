import type { ExplorerGraph } from '../model/explorer-graph.js';
import type { ExplorerFilters } from '../model/url-state.js';
import type { ViewContext } from './context.js';
import { dateRangeFilter } from './date-range-filter.js';
import { replaceChildren } from './dom.js';
import { kindFilters } from './kind-filters.js';
import { positionFilters } from './position-filters.js';
import { predicateFilters } from './predicate-filters.js';

/**
 * The legend and the filters in one: a checkbox per entity kind on the canvas (with its colour),
 * per predicate, positions on or off (with the stance colours), and a date range (year, month or
 * day). Changes rewrite the URL in place.
 */
export function filtersPanel(container: HTMLElement, context: ViewContext): () => void {
  const { store } = context;
  const set = (patch: Partial<ExplorerFilters>): void =>
    store.setState({ ...store.state, filters: { ...store.state.filters, ...patch } }, 'replace');
  return () => {
    const { graph, state } = store;
    const { filters } = state;
    // Redrawn on every change: the focused control keeps the focus (keyboard users toggle on).
    const focused = container.contains(document.activeElement) ? document.activeElement?.id : undefined;
    replaceChildren(
      container,
      kindFilters(canvasKinds(graph), filters.hiddenKinds, (hiddenKinds) => set({ hiddenKinds })),
      predicateFilters(canvasPredicates(graph), filters.hiddenPredicates, (hiddenPredicates) => set({ hiddenPredicates })),
      positionFilters(filters.positions, (positions) => set({ positions })),
      dateRangeFilter(filters, set, (message) => store.setStatus(message)),
    );
    if (focused !== undefined && focused !== '') document.getElementById(focused)?.focus();
  };
}

/** The entity kinds on the canvas, sorted. */
function canvasKinds(graph: ExplorerGraph): string[] {
  return [...new Set(graph.mapNodes((_n, a) => a.kind))].sort();
}

/** The predicates of the statements on the canvas: id → label. */
function canvasPredicates(graph: ExplorerGraph): Map<string, string> {
  const predicates = new Map<string, string>();
  graph.forEachEdge((_e, a) => {
    if (a.predicate !== null) predicates.set(a.predicate, a.label);
  });
  return predicates;
}
