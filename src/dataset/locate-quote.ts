import { LocatedEvidence } from './located-evidence.js';
import type { Evidence, TextRange } from './model.js';
import { normalizeQuote, type NormalizedText } from './normalized-text.js';
import { paragraphIndexAt, sentenceAround } from './text-structure.js';

/** A document prepared for quote lookups. */
export interface SearchableDocument {
  readonly id: string;
  readonly text: string;
  readonly normalized: NormalizedText;
  readonly paragraphs: readonly TextRange[];
}

function allIndexes(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Finds `quote` in the document, tolerant of white space and typographic quote/dash differences
 * only, and returns its evidence record; or an error message when it is not there.
 *
 * @param occurrence 1-based occurrence to use when the quote occurs more than once.
 */
export function locateQuote(doc: SearchableDocument, quote: string, occurrence = 1): Evidence | string {
  const needle = normalizeQuote(quote);
  if (needle.length === 0) return 'quote is empty';
  const hits = allIndexes(doc.normalized.text, needle);
  if (hits.length === 0) {
    return `quote not found in ${doc.id}: "${quote.length > 80 ? `${quote.slice(0, 77)}...` : quote}"`;
  }
  const hit = hits[occurrence - 1];
  if (hit === undefined) {
    return `occurrence ${occurrence} requested but the quote occurs ${hits.length} time(s) in ${doc.id}`;
  }
  const start = doc.normalized.offsetAt(hit);
  const end = doc.normalized.offsetAt(hit + needle.length - 1) + 1;
  const paragraph = paragraphIndexAt(doc.paragraphs, start);
  const range = doc.paragraphs[paragraph] ?? { start: 0, end: doc.text.length };
  const sentence = sentenceAround(doc.text, range, start, end);
  return new LocatedEvidence(
    doc.id,
    doc.text,
    quote,
    { start, end, sentenceStart: sentence.start, sentenceEnd: sentence.end },
    paragraph,
    hits.length,
  );
}
