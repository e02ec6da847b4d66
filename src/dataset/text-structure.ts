import type { TextRange } from './model.js';

/** Splits a text into paragraphs: non-empty blocks separated by blank lines. */
export function splitParagraphs(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  const push = (s: number, e: number): void => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    if (b > a) ranges.push({ start: a, end: b });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return ranges;
}

/** Index of the paragraph containing `offset` (the nearest preceding one between paragraphs). */
export function paragraphIndexAt(paragraphs: readonly TextRange[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((paragraphs[mid] as TextRange).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const ABBREVIATIONS = new Set([
  'U.S',
  'D.C',
  'U.N',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
  'vs',
  'etc',
  'No',
]);

/**
 * The run of letters and dots that ends at `i`, within the 12 characters before it. Scans ASCII
 * text directly (this runs for every full stop near every quote: a million times for a large
 * dataset); anything else goes to the regular expression that defines it.
 */
function wordBefore(text: string, i: number): string {
  const from = Math.max(0, i - 12);
  let start = i;
  while (start > from) {
    const code = text.charCodeAt(start - 1);
    if (code >= 0x80) return /([\p{L}.]+)$/u.exec(text.slice(from, i))?.[1] ?? '';
    const lower = code | 0x20;
    if (code !== 0x2e && !(lower >= 0x61 && lower <= 0x7a)) break;
    start--;
  }
  return text.slice(start, i);
}

function isSentenceEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  while (j < text.length && /["'”’»)]/.test(text[j] as string)) j++;
  if (j < text.length && !/\s/.test(text[j] as string)) {
    // "institutions.Highlighting": a missing space before a capital still ends a sentence.
    return ch === '.' && /\p{Lu}/u.test(text[j] as string) && /\p{Ll}/u.test(text[i - 1] ?? '');
  }
  if (ch === '.') {
    const word = wordBefore(text, i);
    if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) return false;
  }
  return true;
}

/** The sentence(s) around [start, end), bounded by the paragraph that holds them. */
export function sentenceAround(text: string, paragraph: TextRange, start: number, end: number): TextRange {
  let s = start;
  while (s > paragraph.start && !isSentenceEnd(text, s - 1)) s--;
  while (s < start && /\s/.test(text[s] as string)) s++;
  let e = Math.max(end, start);
  const limit = Math.max(paragraph.end, end);
  while (e < limit && !isSentenceEnd(text, e - 1)) e++;
  while (e < limit && /["'”’»)]/.test(text[e] as string)) e++;
  return { start: s, end: e };
}
