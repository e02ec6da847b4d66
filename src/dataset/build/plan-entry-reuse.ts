import type { SourceLocation } from '../model.js';
import type { YamlChunks } from './yaml-chunks.js';

/** A curated file's text split into its entries. */
export interface ChunkedText {
  readonly text: string;
  readonly chunks: YamlChunks;
}

/** What an incremental build does with each entry of a file's new text. */
export interface EntryReusePlan<R> {
  /** Per entry of the new text: the previous record of the same text (its line may have moved), or null to parse it again. */
  readonly reuse: Array<R | null>;
  /**
   * Per entry parsed again: the previous record it takes the place of, when the changed part of
   * the file holds as many entries as before (an edit in place); a record rebuilt equal to it is
   * kept as it was.
   */
  readonly counterpart: Array<R | undefined>;
}

/** Length of the longest common prefix of `a` and `b`. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common suffix of `a` and `b` that does not reach into their first `prefix` characters. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

const endOf = ({ text, chunks }: ChunkedText, i: number): number => chunks.starts[i + 1] ?? text.length;

/** Whether `records` are the entries of `before`, one per chunk, each at its chunk's line. */
function recordsMatch(before: ChunkedText, records: ReadonlyArray<{ readonly source: SourceLocation }>): boolean {
  const { lines } = before.chunks;
  if (records.length !== lines.length) return false;
  for (let i = 0; i < lines.length; i++) if (records[i]?.source.line !== lines[i]) return false;
  return true;
}

/**
 * Which entries of a file's new text (`after`) are the same text as an entry of its previous text
 * (`before`, whose entries gave `records`, one per entry): those before the first change and after
 * the last one. Null when the records do not match the previous entries one to one, or when the
 * changed part, before or after, has an `&` (an anchor there could change what an alias in an
 * unchanged entry stands for).
 */
export function planEntryReuse<R extends { readonly source: SourceLocation }>(
  before: ChunkedText,
  records: readonly R[],
  after: ChunkedText,
): EntryReusePlan<R> | null {
  if (!recordsMatch(before, records)) return null;
  const prefix = commonPrefix(before.text, after.text);
  const suffix = commonSuffix(before.text, after.text, prefix);
  const m = before.chunks.starts.length;
  const n = after.chunks.starts.length;
  let head = 0;
  while (
    head < m &&
    head < n &&
    before.chunks.starts[head] === after.chunks.starts[head] &&
    endOf(before, head) === endOf(after, head) &&
    endOf(after, head) <= prefix
  ) {
    head++;
  }
  const fromEnd = (t: ChunkedText, offset: number): number => t.text.length - offset;
  let tail = 0;
  while (head < m - tail && head < n - tail) {
    const [i, j] = [m - 1 - tail, n - 1 - tail];
    const start = fromEnd(after, after.chunks.starts[j] as number);
    if (start > suffix || start !== fromEnd(before, before.chunks.starts[i] as number)) break;
    if (fromEnd(after, endOf(after, j)) !== fromEnd(before, endOf(before, i))) break;
    tail++;
  }
  const changedBefore = before.text.slice(
    before.chunks.starts[head] ?? before.text.length,
    before.chunks.starts[m - tail] ?? before.text.length,
  );
  const changedAfter = after.text.slice(after.chunks.starts[head] ?? after.text.length, after.chunks.starts[n - tail] ?? after.text.length);
  if (changedBefore.includes('&') || changedAfter.includes('&')) return null;
  const reuse: Array<R | null> = new Array<R | null>(n).fill(null);
  const counterpart: Array<R | undefined> = new Array<R | undefined>(n).fill(undefined);
  for (let j = 0; j < head; j++) reuse[j] = records[j] as R;
  for (let k = 1; k <= tail; k++) reuse[n - k] = records[m - k] as R;
  if (m === n) for (let j = head; j < n - tail; j++) counterpart[j] = records[j];
  return { reuse, counterpart };
}
