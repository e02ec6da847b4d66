import type { ExplorerEvidenceFragment } from '../../client/generated/graphql.js';
import { quoteInSentence } from '../model/highlight-segments.js';
import type { ViewContext } from './context.js';
import { h } from './dom.js';

/**
 * One evidence quote, shown in its sentence with the quote highlighted, and its citation: document
 * title, outlet, date, offsets, and a button that opens the document at the quote.
 */
export function evidenceItem(evidence: ExplorerEvidenceFragment, factId: string, context: ViewContext): HTMLElement {
  const { before, quote, after } = quoteInSentence(evidence);
  const doc = evidence.document;
  context.citedQuotes.push({
    factId,
    quote: evidence.quote,
    documentId: doc.id,
    documentTitle: doc.title?.value ?? null,
    start: evidence.start,
    end: evidence.end,
  });
  return h(
    'li',
    { class: 'evidence' },
    h('blockquote', {}, before, h('mark', { class: 'quote' }, quote), after),
    h(
      'p',
      { class: 'source' },
      h('cite', {}, doc.title?.value ?? doc.id),
      doc.outlet === null ? '' : ` · ${doc.outlet.value}`,
      doc.published === null ? '' : ` · ${doc.published.value}`,
      ` · characters ${evidence.start}–${evidence.end} `,
      h(
        'button',
        { class: 'link', type: 'button', onclick: () => context.actions.select({ type: 'document', id: doc.id, fact: factId }) },
        'Open document',
      ),
    ),
  );
}
