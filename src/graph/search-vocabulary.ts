/**
 * The terms of a search index, sorted (by UTF-16 code units, as `<` compares strings), so that a
 * term's number is its rank: the terms with a prefix are one range, found by binary search, and a
 * fuzzy lookup walks the list like a trie, skipping every term under a prefix that is already too
 * far from the query.
 */
export class SearchVocabulary {
  constructor(readonly terms: readonly string[]) {}

  get size(): number {
    return this.terms.length;
  }

  /** Index of the first term not below `value`. */
  lowerBound(value: string, from = 0): number {
    let lo = from;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] as string) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The number of `term`, or -1. */
  find(term: string): number {
    const i = this.lowerBound(term);
    return this.terms[i] === term ? i : -1;
  }

  /** Numbers of the terms that start with `prefix` (`prefix` itself included), ascending. */
  withPrefix(prefix: string): { readonly start: number; readonly end: number } {
    const start = this.lowerBound(prefix);
    return { start, end: this.prefixEnd(prefix, start) };
  }

  /**
   * The first term number from `from` on whose term lacks `prefix`, when the terms from `from`
   * up to it all have it: gallop, then bisect, so a long run costs its logarithm.
   */
  private prefixEnd(prefix: string, from: number): number {
    const terms = this.terms;
    let end = from;
    let step = 1;
    while (end + step <= terms.length && (terms[end + step - 1] as string).startsWith(prefix)) {
      end += step;
      step *= 2;
    }
    let hi = Math.min(terms.length, end + step);
    while (end < hi) {
      const mid = (end + hi) >>> 1;
      if ((terms[mid] as string).startsWith(prefix)) end = mid + 1;
      else hi = mid;
    }
    return end;
  }

  /**
   * Every term within Levenshtein distance `maxDistance` of `query` (insertions, deletions and
   * substitutions of UTF-16 code units), as term number → distance, in term order. One row of the
   * edit-distance table per character of a term, shared with the previous term's common prefix;
   * when a row's minimum exceeds `maxDistance`, no term under that prefix can match, and the walk
   * jumps past them all.
   */
  fuzzy(query: string, maxDistance: number): Map<number, number> {
    const found = new Map<number, number>();
    const width = query.length + 1;
    const maxDepth = query.length + maxDistance;
    const codes = new Int32Array(query.length);
    for (let j = 0; j < query.length; j++) codes[j] = query.charCodeAt(j);
    // rows[d] is the table row after the first d characters of `previous`, valid up to `valid`.
    // Only the band |d - j| <= maxDistance of a row is computed (Ukkonen): a cell outside it is
    // more than maxDistance, and every value above maxDistance acts alike (too far), so they all
    // hold `far`, which the band's edges read.
    const far = maxDistance + 1;
    const rows = new Int32Array((maxDepth + 1) * width).fill(far);
    for (let j = 0; j < width; j++) rows[j] = j;
    let previous = '';
    let valid = 0;
    let i = 0;
    while (i < this.terms.length) {
      const term = this.terms[i] as string;
      let depth = 0;
      const shared = Math.min(valid, term.length);
      while (depth < shared && previous.charCodeAt(depth) === term.charCodeAt(depth)) depth++;
      let pruned = -1;
      const limit = Math.min(term.length, maxDepth);
      for (let d = depth + 1; d <= limit; d++) {
        const row = d * width;
        const above = row - width;
        const c = term.charCodeAt(d - 1);
        const from = Math.max(1, d - maxDistance);
        const to = Math.min(width - 1, d + maxDistance);
        // The cell left of the band: column 0 (d edits) when the band reaches it, else too far.
        let best = (rows[row + from - 1] = from === 1 ? d : far);
        if (to + 1 < width) rows[row + to + 1] = far;
        for (let j = from; j <= to; j++) {
          const substitute = (rows[above + j - 1] as number) + (codes[j - 1] === c ? 0 : 1);
          const insert = (rows[above + j] as number) + 1;
          const remove = (rows[row + j - 1] as number) + 1;
          const value = substitute < insert ? (substitute < remove ? substitute : remove) : insert < remove ? insert : remove;
          rows[row + j] = value;
          if (value < best) best = value;
        }
        if (best > maxDistance) {
          pruned = d;
          break;
        }
      }
      previous = term;
      if (pruned >= 0) {
        // Nothing under term[0, pruned) matches: skip to the first term without that prefix (this
        // term is the first with it: an earlier one would have been pruned at the same depth). The
        // rows up to `pruned` stay valid for the terms after, which share a shorter prefix.
        valid = pruned;
        i = this.prefixEnd(term.slice(0, pruned), i);
        continue;
      }
      valid = limit;
      if (term.length <= maxDepth) {
        const distance = rows[term.length * width + query.length] as number;
        if (distance <= maxDistance) found.set(i, distance);
      }
      i++;
    }
    return found;
  }
}
