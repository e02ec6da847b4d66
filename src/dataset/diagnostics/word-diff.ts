import { normalizeQuote } from '../normalized-text.js';

/**
 * The words of `passage` with the differences from `quote` marked the way `git diff --word-diff`
 * does: `[-word-]` is only in the quote, `{+word+}` only in the passage. Words are compared after
 * the loader's own folding (white space, typographic quotes and dashes), so only real differences
 * are marked.
 */
export function wordDiff(quote: string, passage: string): string {
  const a = quote.trim().split(/\s+/).filter(Boolean);
  const b = passage.trim().split(/\s+/).filter(Boolean);
  const fa = a.map(normalizeQuote);
  const fb = b.map(normalizeQuote);
  // Longest common subsequence of words, then a walk that emits runs of removed and added words.
  const lcs: Int32Array[] = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as Int32Array;
      row[j] =
        fa[i] === fb[j]
          ? ((lcs[i + 1] as Int32Array)[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as Int32Array)[j] as number, row[j + 1] as number);
    }
  }
  const out: string[] = [];
  const removed: string[] = [];
  const added: string[] = [];
  const flush = (): void => {
    const minus = removed.length > 0 ? `[-${removed.join(' ')}-]` : '';
    const plus = added.length > 0 ? `{+${added.join(' ')}+}` : '';
    if (minus !== '' || plus !== '') out.push(minus + plus);
    removed.length = 0;
    added.length = 0;
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && fa[i] === fb[j]) {
      flush();
      out.push(b[j] as string);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || ((lcs[i] as Int32Array)[j + 1] as number) >= ((lcs[i + 1] as Int32Array)[j] as number))) {
      added.push(b[j++] as string);
    } else {
      removed.push(a[i++] as string);
    }
  }
  flush();
  return out.join(' ');
}
