import { kindColor } from '../../style/kind-colors.js';
import { STANCE_COLORS, STATEMENT_EDGE_COLOR } from '../../style/stance-colors.js';
import type { ExplorerFilters } from '../model/url-state.js';
import type { ViewContext } from './context.js';
import { h, replaceChildren } from './dom.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The legend and the filters in one: a checkbox per entity kind on the canvas (with its colour),
 * per predicate, positions on or off (with the stance colours), and a date range (year, month or
 * day). Changes rewrite the URL in place.
 */
export function filtersPanel(container: HTMLElement, context: ViewContext): () => void {
  const { store } = context;
  const set = (patch: Partial<ExplorerFilters>): void =>
    store.setState({ ...store.state, filters: { ...store.state.filters, ...patch } }, 'replace');
  const toggle = (list: readonly string[], value: string, on: boolean): string[] =>
    on ? list.filter((v) => v !== value) : [...list, value];
  const dateInput = (id: string, label: string, value: string | null, apply: (v: string | null) => void) =>
    h(
      'label',
      {},
      label,
      h('input', {
        id,
        type: 'text',
        inputmode: 'numeric',
        placeholder: 'YYYY[-MM[-DD]]',
        size: 10,
        value: value ?? '',
        onchange: (event) => {
          const v = (event.target as HTMLInputElement).value.trim();
          if (v === '' || DATE.test(v)) apply(v === '' ? null : v);
          else store.setStatus(`"${v}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`);
        },
      }),
    );
  return () => {
    const { graph, state } = store;
    const { filters } = state;
    const kinds = [...new Set(graph.mapNodes((_n, a) => a.kind))].sort();
    const predicates = new Map<string, string>();
    graph.forEachEdge((_e, a) => {
      if (a.predicate !== null) predicates.set(a.predicate, a.label);
    });
    // Redrawn on every change: the focused control keeps the focus (keyboard users toggle on).
    const focused = container.contains(document.activeElement) ? document.activeElement?.id : undefined;
    replaceChildren(
      container,
      h(
        'fieldset',
        {},
        h('legend', {}, 'Kinds'),
        kinds.map((kind) =>
          h(
            'label',
            { class: 'check' },
            h('input', {
              id: `filter-kind-${kind}`,
              type: 'checkbox',
              checked: !filters.hiddenKinds.includes(kind),
              onchange: (e) => set({ hiddenKinds: toggle(filters.hiddenKinds, kind, (e.target as HTMLInputElement).checked) }),
            }),
            h('span', { class: 'swatch', style: `background:${kindColor(kind)}` }),
            kind.toLowerCase(),
          ),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Statements (grey arrows)'),
        [...predicates]
          .sort((a, b) => a[1].localeCompare(b[1]))
          .map(([id, label]) =>
            h(
              'label',
              { class: 'check' },
              h('input', {
                id: `filter-predicate-${id}`,
                type: 'checkbox',
                checked: !filters.hiddenPredicates.includes(id),
                onchange: (e) => set({ hiddenPredicates: toggle(filters.hiddenPredicates, id, (e.target as HTMLInputElement).checked) }),
              }),
              h('span', { class: 'line', style: `background:${STATEMENT_EDGE_COLOR}` }),
              label,
            ),
          ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Positions (lines by stance)'),
        h(
          'label',
          { class: 'check' },
          h('input', {
            id: 'filter-positions',
            type: 'checkbox',
            checked: filters.positions,
            onchange: (e) => set({ positions: (e.target as HTMLInputElement).checked }),
          }),
          'show positions',
        ),
        h(
          'p',
          { class: 'stances' },
          Object.entries(STANCE_COLORS).map(([stance, color]) =>
            h('span', { class: 'stance', style: `background:${color}` }, stance.toLowerCase()),
          ),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Date range (facts without a date are hidden while set)'),
        dateInput('filter-from', 'From ', filters.from, (from) => set({ from })),
        dateInput('filter-to', ' to ', filters.to, (to) => set({ to })),
      ),
    );
    if (focused !== undefined && focused !== '') document.getElementById(focused)?.focus();
  };
}
