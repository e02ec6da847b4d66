import type { Selection } from '../model/url-state.js';
import type { ViewContext } from './context.js';
import { h, replaceChildren } from './dom.js';
import { documentView } from './document-view.js';
import { entityCard } from './entity-card.js';
import { factView } from './fact-view.js';
import { pathView } from './path-view.js';
import { timelineView } from './timeline-view.js';

const key = (s: Selection | null): string => (s === null ? '' : JSON.stringify(s));

function view(selection: Selection, context: ViewContext): Promise<HTMLElement> {
  switch (selection.type) {
    case 'entity':
      return entityCard(selection.id, context);
    case 'fact':
      return factView(selection.id, context);
    case 'document':
      return documentView(selection.id, selection.fact, context);
    case 'timeline':
      return timelineView(selection.id, context);
  }
}

/**
 * The details panel: what the selection is (entity card, a fact's evidence, a document, a
 * timeline) and the paths found. Redraws only when the selection or the paths change; a view that
 * fails to load says so in the panel.
 */
export function sidePanel(details: HTMLElement, paths: HTMLElement, context: ViewContext): () => void {
  let shown = '';
  let shownPaths: unknown = null;
  let request = 0;
  return () => {
    const { selection } = context.store.state;
    if (context.actions.paths !== shownPaths) {
      shownPaths = context.actions.paths;
      replaceChildren(paths, context.store.state.path === null ? null : pathView(context.actions.paths, context));
    }
    if (key(selection) === shown) return;
    shown = key(selection);
    const mine = ++request;
    context.citedQuotes = [];
    if (selection === null) {
      replaceChildren(
        details,
        h('p', { class: 'hint' }, 'Search for an entity, then select a node, an edge or a fact to see its evidence.'),
      );
      return;
    }
    details.setAttribute('aria-busy', 'true');
    view(selection, context)
      .catch((error: unknown) => h('p', { role: 'alert' }, `Could not load: ${error instanceof Error ? error.message : String(error)}`))
      .then((element) => {
        if (mine !== request) return;
        details.removeAttribute('aria-busy');
        replaceChildren(details, element);
        details.scrollIntoView({ block: 'start' });
      })
      .catch(() => undefined);
  };
}
