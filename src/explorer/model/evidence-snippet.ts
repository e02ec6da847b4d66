import { foldForMatching } from './fold-for-matching.js';

/** What a text selection in a document turns into: a ready-to-paste evidence entry. */
export interface EvidenceSnippet {
  /** The quote, widened to whole words and trimmed of surrounding white space. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /** 1-based occurrence of the quote among its whole-word occurrences; null when it occurs once. */
  readonly occurrence: number | null;
  /** How many whole-word occurrences of the quote the document has (as the loader counts them). */
  readonly occurrences: number;
  /** The YAML to paste under `evidence:` in statements/*.yaml or positions/*.yaml. */
  readonly yaml: string;
}

const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function onWordBoundaries(text: string, at: number, length: number): boolean {
  if (isWord(text[at - 1]) && isWord(text[at])) return false;
  return !(isWord(text[at + length - 1]) && isWord(text[at + length]));
}

/**
 * Turns the selection `[start, end)` of a document's text into an evidence entry the loader
 * accepts: widened to whole words (the loader rejects a quote that cuts a word), trimmed, with
 * `occurrence` when the same words occur more than once (counted as the loader counts: whole-word
 * occurrences only, in the text folded as the loader folds it, so a repeat that differs only in
 * white space or typographic quotes and dashes counts too). Null for a selection with no word in it.
 */
export function evidenceSnippet(text: string, documentId: string, start: number, end: number): EvidenceSnippet | null {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(text.length, Math.max(start, end));
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  if (!/[\p{L}\p{N}]/u.test(text.slice(a, b))) return null;
  while (a > 0 && isWord(text[a - 1]) && isWord(text[a])) a--;
  while (b < text.length && isWord(text[b - 1]) && isWord(text[b])) b++;
  const quote = text.slice(a, b);
  const folded = foldForMatching(text);
  const needle = foldForMatching(quote).text;
  let count = 0;
  let mine = 0;
  for (let i = folded.text.indexOf(needle); i !== -1; i = folded.text.indexOf(needle, i + 1)) {
    if (!onWordBoundaries(folded.text, i, needle.length)) continue;
    count++;
    if (folded.offsets[i] === a) mine = count;
  }
  const occurrence = count > 1 ? mine : null;
  const lines = [`- document: ${documentId}`, `  quote: ${JSON.stringify(quote)}`];
  if (occurrence !== null) lines.push(`  occurrence: ${occurrence}`);
  return { quote, start: a, end: b, occurrence, occurrences: count, yaml: `${lines.join('\n')}\n` };
}
