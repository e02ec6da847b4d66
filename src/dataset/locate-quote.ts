import { closestPassage } from './diagnostics/closest-passage.js';
import { wordDiff } from './diagnostics/word-diff.js';
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

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);

/** Whether `text[at, at + length)` starts and ends on word boundaries (it cuts no word in two). */
function onWordBoundaries(text: string, at: number, length: number): boolean {
  if (isWord(text[at - 1]) && isWord(text[at])) return false;
  return !(isWord(text[at + length - 1]) && isWord(text[at + length]));
}

function shorten(quote: string): string {
  return quote.length > 80 ? `${quote.slice(0, 77)}...` : quote;
}

/** The message for a quote that is not in the document, with its closest passage marked up. */
function notFound(doc: SearchableDocument, quote: string, needle: string): string {
  const head = `quote not found in ${doc.id}: "${shorten(quote)}"`;
  const closest = closestPassage(doc.text, doc.normalized, needle);
  if (closest === null) return `${head}; no similar passage`;
  return `${head}; closest passage at ${closest.start}-${closest.end}: "${wordDiff(quote, closest.text)}" ([-…-] only in the quote, {+…+} only in the document)`;
}

/** The message for a quote found only inside longer words: the words it cuts, to quote whole. */
function cutsWords(doc: SearchableDocument, quote: string, hit: number, length: number): string {
  let start = doc.normalized.offsetAt(hit);
  let end = doc.normalized.offsetAt(hit + length - 1) + 1;
  while (start > 0 && isWord(doc.text[start - 1])) start--;
  while (end < doc.text.length && isWord(doc.text[end])) end++;
  return `quote "${shorten(quote)}" starts or ends inside a word in ${doc.id}: the text has "${shorten(doc.text.slice(start, end))}" (quote whole words)`;
}

/**
 * Finds `quote` in the document, tolerant of white space and typographic quote/dash differences
 * only, and returns its evidence record; or an error message when it is not there (with the
 * closest passage, differences marked) or only occurs cutting a word in two (a quote starts and
 * ends on word boundaries; occurrences inside longer words are not counted).
 *
 * @param occurrence 1-based occurrence to use when the quote occurs more than once.
 */
export function locateQuote(doc: SearchableDocument, quote: string, occurrence = 1): Evidence | string {
  const needle = normalizeQuote(quote);
  if (needle.length === 0) return 'quote is empty';
  const all = allIndexes(doc.normalized.text, needle);
  if (all.length === 0) return notFound(doc, quote, needle);
  // Only occurrences that cut no word count: "logistic" is not quoted by "logistics".
  const hits = all.filter((at) => onWordBoundaries(doc.normalized.text, at, needle.length));
  if (hits.length === 0) return cutsWords(doc, quote, all[0] as number, needle.length);
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
