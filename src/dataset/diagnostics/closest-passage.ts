import type { NormalizedText } from '../normalized-text.js';

/** The passage of a document most like a quote that was not found in it. */
export interface ClosestPassage {
  /** Offsets in the original text, widened to whole words. */
  readonly start: number;
  readonly end: number;
  /** The original text of the passage. */
  readonly text: string;
  /** Edits (characters, ignoring case) between the normalised quote and the passage. */
  readonly distance: number;
}

/** Above this many cells (document × quote characters) the search is skipped: it is only advice. */
const MAX_CELLS = 40_000_000;
const isWordCode = (code: number): boolean => /[\p{L}\p{N}]/u.test(String.fromCharCode(code));

/**
 * Finds the passage of `doc` with the fewest edits from `needle` (both normalised; case ignored):
 * approximate substring matching (Sellers' algorithm: edit distance where the passage may start
 * anywhere), O(document × quote) time and O(quote) memory. Null when the quote is empty, the
 * search would be too large, or nothing is closer than half the quote's length.
 */
export function closestPassage(text: string, normalized: NormalizedText, needle: string): ClosestPassage | null {
  const hay = normalized.text.toLowerCase();
  const pattern = needle.toLowerCase();
  const m = pattern.length;
  if (m === 0 || hay.length === 0 || hay.length * m > MAX_CELLS) return null;
  // Column over the pattern for the current end position; `from` tracks where each path started.
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  let best = m + 1;
  let bestStart = 0;
  let bestEnd = 0;
  for (let j = 1; j <= hay.length; j++) {
    const c = hay.charCodeAt(j - 1);
    nextCost[0] = 0;
    nextFrom[0] = j;
    for (let i = 1; i <= m; i++) {
      const substitute = (cost[i - 1] as number) + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const skipText = (cost[i] as number) + 1;
      const skipPattern = (nextCost[i - 1] as number) + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        nextCost[i] = substitute;
        nextFrom[i] = from[i - 1] as number;
      } else if (skipText <= skipPattern) {
        nextCost[i] = skipText;
        nextFrom[i] = from[i] as number;
      } else {
        nextCost[i] = skipPattern;
        nextFrom[i] = nextFrom[i - 1] as number;
      }
    }
    if ((nextCost[m] as number) < best) {
      best = nextCost[m] as number;
      bestStart = nextFrom[m] as number;
      bestEnd = j;
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  if (best * 2 > m) return null;
  let start = normalized.offsetAt(bestStart);
  let end = normalized.offsetAt(bestEnd - 1) + 1;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) start--;
  while (end < text.length && isWordCode(text.charCodeAt(end - 1)) && isWordCode(text.charCodeAt(end))) end++;
  return { start, end, text: text.slice(start, end), distance: best };
}
