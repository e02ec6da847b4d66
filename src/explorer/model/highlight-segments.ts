/** A stretch of text to highlight: `[start, end)` in UTF-16 code units, and who asked for it. */
export interface Highlight<T> {
  readonly start: number;
  readonly end: number;
  readonly data: T;
}

/** A piece of a text: plain (no highlights) or covered by one or more highlights. */
export interface TextSegment<T> {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The highlights covering the whole segment, in the order given; empty for plain text. */
  readonly highlights: readonly T[];
}

/**
 * Cuts `text` at every highlight boundary, so overlapping and nested quotes are all shown: each
 * segment lists every highlight that covers it. Highlights out of the text's bounds are clipped;
 * empty ones are ignored. The segments cover the text exactly, in order.
 */
export function highlightSegments<T>(text: string, highlights: readonly Highlight<T>[]): TextSegment<T>[] {
  const clipped = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.end > h.start);
  const cuts = [...new Set([0, text.length, ...clipped.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const segments: TextSegment<T>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = clipped.filter((h) => h.start <= start && h.end >= end).map((h) => h.data);
    segments.push({ text: text.slice(start, end), start, end, highlights: covering });
  }
  return segments;
}

/** An evidence quote's sentence, cut into the text before the quote, the quote and the text after. */
export function quoteInSentence(evidence: {
  readonly sentence: string;
  readonly sentenceStart: number;
  readonly start: number;
  readonly end: number;
}): { before: string; quote: string; after: string } {
  const from = Math.max(0, evidence.start - evidence.sentenceStart);
  const to = Math.min(evidence.sentence.length, evidence.end - evidence.sentenceStart);
  return { before: evidence.sentence.slice(0, from), quote: evidence.sentence.slice(from, to), after: evidence.sentence.slice(to) };
}
