import { edgeVisible, nodeVisible } from '../model/edge-visible.js';
import { hiddenStatementCount } from '../model/merge-neighbourhood.js';
import type { ViewContext } from './context.js';
import { h, replaceChildren } from './dom.js';

/**
 * What the canvas shows, as text: every visible entity (select, expand, "N more") and every
 * visible edge (select it to see its evidence). The keyboard and screen reader way into the graph.
 */
export function canvasList(container: HTMLElement, context: ViewContext): () => void {
  return () => {
    const { graph, state } = context.store;
    const { actions } = context;
    const nodes = graph.filterNodes((_node, attributes) => nodeVisible(attributes, state.filters));
    const shown = new Set(nodes);
    const edges = graph.filterEdges(
      (_edge, attributes, source, target) => shown.has(source) && shown.has(target) && edgeVisible(attributes, state.filters),
    );
    const name = (id: string): string => graph.getNodeAttribute(id, 'label');
    replaceChildren(
      container,
      h('h2', {}, `On the canvas: ${nodes.length} entities, ${edges.length} edges`),
      h(
        'ul',
        { class: 'node-list', 'aria-label': 'Entities on the canvas' },
        nodes
          .sort((a, b) => name(a).localeCompare(name(b)))
          .map((id) => {
            const attributes = graph.getNodeAttributes(id);
            const more = hiddenStatementCount(graph, id);
            return h(
              'li',
              {},
              h('span', { class: 'swatch', style: `background:${attributes.color}` }),
              h('button', { class: 'link', type: 'button', onclick: () => actions.select({ type: 'entity', id }) }, attributes.label),
              ` ${attributes.kind.toLowerCase()}`,
              more > 0 &&
                h(
                  'button',
                  { class: 'more', type: 'button', 'data-expand': id, onclick: () => void actions.expand(id) },
                  `expand (${more} more)`,
                ),
            );
          }),
      ),
      h(
        'ul',
        { class: 'edge-list', 'aria-label': 'Edges on the canvas' },
        edges.map((edge) => {
          const a = graph.getEdgeAttributes(edge);
          return h(
            'li',
            {},
            h(
              'button',
              { class: 'link', type: 'button', 'data-fact': a.factId, onclick: () => actions.select({ type: 'fact', id: a.factId }) },
              `${name(graph.source(edge))} — ${a.label} → ${name(graph.target(edge))}`,
            ),
            ` (${a.sourceCount} source${a.sourceCount === 1 ? '' : 's'}${a.time === null ? '' : `, ${a.time.value}`})`,
          );
        }),
      ),
    );
  };
}
