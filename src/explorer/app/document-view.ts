import { ExplorerDocumentDocument, type ExplorerDocumentQuery } from '../../client/generated/graphql.js';
import { evidenceSnippet } from '../model/evidence-snippet.js';
import { highlightSegments } from '../model/highlight-segments.js';
import type { ViewContext } from './context.js';
import { h } from './dom.js';

type Annotation = NonNullable<ExplorerDocumentQuery['document']>['annotations'][number];

const factOf = (a: Annotation): string => a.statement?.id ?? a.position?.id ?? '';
/** Whether text is selected: a drag that ends on a highlight selects text to cite, it does not open the fact. */
const selecting = (): boolean => window.getSelection()?.isCollapsed === false;
const describe = (a: Annotation): string =>
  a.statement !== null
    ? `${a.statement.subject.name} ${a.statement.predicate.label} ${a.statement.object?.name ?? ''}`.trim()
    : `${a.position?.stance.toLowerCase() ?? ''}: ${a.position?.summary ?? ''}`;

/**
 * A document's whole text with every evidence quote of the graph highlighted at its offsets.
 * Each highlight is a button: it opens its fact (the first, when quotes of several facts overlap;
 * its tooltip lists them all), unless the click ends a text selection. `fact` marks and scrolls to that fact's quotes.
 */
export async function documentView(id: string, fact: string | null, context: ViewContext): Promise<HTMLElement> {
  const doc = (await context.client.request(ExplorerDocumentDocument, { id })).document;
  if (doc === null) return h('p', {}, `No document ${id}.`);
  const segments = highlightSegments(
    doc.text,
    doc.annotations.map((a) => ({ start: a.evidence.start, end: a.evidence.end, data: a })),
  );
  const facts = new Set(doc.annotations.map(factOf));
  const body = h(
    'div',
    { class: 'document-text', tabindex: 0, 'aria-label': 'Document text' },
    segments.map((segment) => {
      if (segment.highlights.length === 0) return segment.text;
      const current = fact !== null && segment.highlights.some((a) => factOf(a) === fact);
      return h(
        'mark',
        {
          class: current ? 'annotation current' : 'annotation',
          role: 'button',
          tabindex: 0,
          'data-fact': factOf(segment.highlights[0]!),
          title: segment.highlights.map(describe).join('\n'),
          onclick: () => {
            if (!selecting()) context.actions.select({ type: 'fact', id: factOf(segment.highlights[0]!) });
          },
          onkeydown: (event) => {
            if ((event as KeyboardEvent).key === 'Enter') context.actions.select({ type: 'fact', id: factOf(segment.highlights[0]!) });
          },
        },
        segment.text,
      );
    }),
  );
  const snippet = selectToCite(body, doc.text, doc.id, context);
  if (fact !== null) requestAnimationFrame(() => body.querySelector('mark.current')?.scrollIntoView({ block: 'center' }));
  return h(
    'section',
    { class: 'document', 'aria-label': 'Document' },
    h('h2', {}, doc.title?.value ?? doc.id),
    h('p', { class: 'meta' }, [doc.outlet?.value, doc.published?.value, doc.id].filter(Boolean).join(' · ')),
    h('p', { class: 'meta' }, `${doc.annotations.length} quotes of ${facts.size} facts highlighted; select one to open its fact.`),
    h('p', { class: 'meta' }, 'Select text for a ready-to-paste evidence entry (whole words, with its occurrence when it repeats).'),
    body,
    snippet,
  );
}

/**
 * "Select to cite": a selection in the document's text becomes an evidence entry for the curated
 * YAML (document id, the exact quote widened to whole words, `occurrence` when it repeats), shown
 * below the text with the offsets the loader will find it at, and copied to the clipboard where
 * the page may. A selection that holds no word leaves the last entry as it was.
 */
function selectToCite(body: HTMLElement, text: string, documentId: string, context: ViewContext): HTMLElement {
  const output = h('textarea', { class: 'evidence-snippet', readonly: true, rows: 4, 'aria-label': 'Evidence entry for the selection' });
  const where = h('p', { class: 'meta evidence-snippet-where' });
  const panel = h('div', { class: 'evidence-snippet-panel', hidden: true }, output, where);
  // Offsets in the text: the body's text nodes are the document's text, in order.
  const offset = (node: Node, at: number): number => {
    const range = document.createRange();
    range.setStart(body, 0);
    range.setEnd(node, at);
    return range.toString().length;
  };
  const cite = (): void => {
    const selection = window.getSelection();
    if (selection === null || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return;
    const snippet = evidenceSnippet(
      text,
      documentId,
      offset(range.startContainer, range.startOffset),
      offset(range.endContainer, range.endOffset),
    );
    if (snippet === null) return;
    output.value = snippet.yaml;
    where.textContent =
      `Characters ${snippet.start}–${snippet.end} of ${documentId}` +
      (snippet.occurrence === null ? '; the quote occurs once.' : `; occurrence ${snippet.occurrence} of ${snippet.occurrences}.`);
    panel.dataset['start'] = String(snippet.start);
    panel.dataset['end'] = String(snippet.end);
    panel.hidden = false;
    const copied = navigator.clipboard?.writeText(snippet.yaml);
    if (copied === undefined) context.store.setStatus('Evidence entry below: copy it by hand.');
    else
      copied
        .then(() => context.store.setStatus('Evidence entry copied.'))
        .catch(() => context.store.setStatus('Evidence entry below: copy it by hand.'));
  };
  body.addEventListener('mouseup', cite);
  // Keyboard selection (shift + arrows with caret browsing, select all) ends with a key release.
  body.addEventListener('keyup', (event) => {
    if (event.shiftKey || event.key === 'Shift' || event.ctrlKey || event.metaKey) cite();
  });
  return panel;
}
