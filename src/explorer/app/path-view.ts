import type { FoundPaths } from './actions.js';
import type { ViewContext } from './context.js';
import { h } from './dom.js';

/** The paths found: each hop with its edges and the first quote of each, in the side panel. */
export function pathView(paths: FoundPaths, context: ViewContext): HTMLElement {
  const { actions, store } = context;
  const name = (id: string): string => (store.graph.hasNode(id) ? store.graph.getNodeAttribute(id, 'label') : id);
  const path = store.state.path;
  return h(
    'section',
    { class: 'paths', 'aria-label': 'Paths' },
    h('h2', {}, `Paths: ${path?.from ?? ''} → ${path?.to ?? ''}`),
    paths.length === 0
      ? h('p', {}, 'No path of at most 4 hops.')
      : h('p', { class: 'meta' }, `${paths.length} shortest path(s) of ${paths[0]!.length} hop(s), drawn in blue.`),
    paths.map((p, i) =>
      h(
        'ol',
        { class: 'path', 'aria-label': `Path ${i + 1}` },
        p.hops.map((hop) =>
          h(
            'li',
            {},
            h('strong', {}, `${name(hop.from.id)} — ${name(hop.to.id)}`),
            h(
              'ul',
              {},
              hop.links.map((link) => {
                const factId = link.edge.statement?.id ?? link.edge.position?.id ?? link.edge.id;
                const first = link.edge.evidence[0];
                return h(
                  'li',
                  {},
                  h(
                    'button',
                    { class: 'link', type: 'button', onclick: () => actions.select({ type: 'fact', id: factId }) },
                    link.edge.predicate?.label ?? `position (${link.edge.position?.stance.toLowerCase() ?? ''})`,
                    link.direction === 'BACKWARD' ? ' ←' : ' →',
                  ),
                  first !== undefined && h('blockquote', {}, `“${first.quote}”`),
                );
              }),
            ),
          ),
        ),
      ),
    ),
  );
}
