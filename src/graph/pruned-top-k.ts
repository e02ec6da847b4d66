import { bm25Score } from './search-bm25.js';
import { TopResults } from './top-results.js';

/** One posting list a query scores: index term `t` in one field, standing for one distinct query term. */
export interface PostingClause {
  /** Which distinct query term (0 to 30): its bit in an item's matched-terms mask. */
  readonly term: number;
  readonly field: number;
  /** The index term's weight (exact, prefix or fuzzy match) times the field's boost. */
  readonly factor: number;
  /** The list: postings `start .. end` of the index. */
  readonly start: number;
  readonly end: number;
  readonly idf: number;
  /** Upper bound of `factor` × a posting's score over the list; -1 when the list has none (a short list). */
  readonly bound: number;
}

/** What the pruned search reads of the index. */
export interface PostingsView {
  readonly fieldCount: number;
  readonly postingItem: Int32Array;
  readonly postingCount: Int32Array;
  readonly fieldLength: Int32Array;
  readonly averageFieldLength: Float64Array;
  /** Per item: its result type's index (0 to 3). */
  readonly types: Uint8Array;
  /** Per field: bit `1 << type` for each result type whose items have the field. */
  readonly fieldTypes: Int32Array;
  readonly idOf: (item: number) => string;
}

/** Per-item accumulators, zero between searches: score, matched-terms mask and count, and the touched items. */
export interface Accumulators {
  readonly score: Float64Array;
  readonly mask: Int32Array;
  readonly matched: Int32Array;
  readonly touched: Int32Array;
}

/** A top-k query over posting clauses. */
export interface PrunedQuery {
  /** The clauses in the exhaustive scorer's order (query term, expansion, field): the order scores are summed in. */
  readonly clauses: readonly PostingClause[];
  readonly first: number;
  /** Whether an item passes the search's filter. */
  readonly accept: (item: number) => boolean;
  /** Called before a list is scanned with its length, and with the number of lookups: may throw to stop the search. */
  readonly check: (postings: number) => void;
}

/** Relative slack on bounds and thresholds: covers the rounding of sums taken in another order. */
const SLACK = 1e-9;

function popcount(mask: number): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Position of `item` in the sorted postings `start .. end`, or -1. */
function findPosting(postingItem: Int32Array, item: number, start: number, end: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((postingItem[mid] as number) < item) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && postingItem[lo] === item ? lo : -1;
}

/** Replaces the root of the min-heap `heap[0 .. size)` with `value` and restores the heap. */
function siftDown(heap: Float64Array, size: number, value: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && (heap[right] as number) < (heap[left] as number) ? right : left;
    if ((heap[child] as number) >= value) break;
    heap[i] = heap[child] as number;
    i = child;
  }
  heap[i] = value;
}

/**
 * Per result type, for each suffix `long[i ..]` of the long clauses: the sum of the bounds of the
 * clauses whose field items of that type have, and the mask of their query terms.
 */
interface SuffixBounds {
  readonly sums: Float64Array;
  readonly masks: Int32Array;
  readonly width: number;
}

/**
 * The best `first` items of a disjunctive (OR) BM25+ query, exactly as scoring every posting
 * would rank them (same items, same scores bit for bit, same order, ties by id), with MaxScore
 * pruning: short lists are scored in full; long lists, which carry a precomputed score upper
 * bound, are scored highest bound first until the bound of everything left (per result type, times
 * the query terms still to match, as a result's score is its sum times its matched terms) falls
 * below the k-th best score so far. The items already seen are then completed by lookups in the
 * lists left (only those that could still reach the k-th score), and the finalists rescored in the
 * exhaustive order of summation, so that floating-point sums, and ties, come out the same.
 * Leaves the accumulators zero.
 */
export function prunedTopK(view: PostingsView, acc: Accumulators, query: PrunedQuery): Array<{ item: number; score: number }> {
  const search = new PrunedSearch(view, acc, query);
  try {
    return search.run();
  } finally {
    search.reset();
  }
}

class PrunedSearch {
  private touchedCount = 0;
  /** Largest score × matched terms of a touched item: no stop is possible while the rest's bound is above it. */
  private maxLowerBound = 0;

  constructor(
    private readonly view: PostingsView,
    private readonly acc: Accumulators,
    private readonly query: PrunedQuery,
  ) {}

  run(): Array<{ item: number; score: number }> {
    const { clauses } = this.query;
    const long = clauses.filter((c) => c.bound >= 0).sort((a, b) => b.bound - a.bound);
    for (const clause of clauses) if (clause.bound < 0) this.scoreList(clause);
    const suffix = this.suffixBounds(long);
    for (let i = 0; i < long.length; i++) {
      const rest = this.restBound(suffix, i) * (1 + SLACK);
      if (rest < this.maxLowerBound) {
        const threshold = this.threshold(this.accepted()) * (1 - SLACK);
        if (rest < threshold) return this.finalists(this.complete(long.slice(i), suffix, i, threshold));
      }
      this.scoreList(long[i] as PostingClause);
    }
    return this.finalists(this.accepted());
  }

  /** Zeroes the accumulators of every touched item. */
  reset(): void {
    const { score, mask, matched, touched } = this.acc;
    for (let i = 0; i < this.touchedCount; i++) {
      const item = touched[i] as number;
      score[item] = 0;
      mask[item] = 0;
      matched[item] = 0;
    }
    this.touchedCount = 0;
  }

  /** Adds every posting of `clause` to its item. */
  private scoreList(clause: PostingClause): void {
    this.query.check(clause.end - clause.start);
    const { postingItem, postingCount, fieldLength, averageFieldLength, fieldCount } = this.view;
    const { score, mask, matched, touched } = this.acc;
    const { field, idf, factor, start, end } = clause;
    const average = averageFieldLength[field] as number;
    const bit = 1 << clause.term;
    let best = this.maxLowerBound;
    for (let k = start; k < end; k++) {
      const item = postingItem[k] as number;
      const raw = bm25Score(idf, postingCount[k] as number, fieldLength[item * fieldCount + field] as number, average);
      const seen = mask[item] as number;
      if (seen === 0) touched[this.touchedCount++] = item;
      if ((seen & bit) === 0) {
        mask[item] = seen | bit;
        matched[item] = (matched[item] as number) + 1;
      }
      const sum = (score[item] as number) + factor * raw;
      score[item] = sum;
      const lower = sum * (matched[item] as number);
      if (lower > best) best = lower;
    }
    this.maxLowerBound = best;
  }

  private suffixBounds(long: readonly PostingClause[]): SuffixBounds {
    const width = long.length + 1;
    const sums = new Float64Array(4 * width);
    const masks = new Int32Array(4 * width);
    for (let type = 0; type < 4; type++) {
      for (let i = long.length - 1; i >= 0; i--) {
        const clause = long[i] as PostingClause;
        const applies = ((this.view.fieldTypes[clause.field] as number) & (1 << type)) !== 0;
        const at = type * width + i;
        sums[at] = (sums[at + 1] as number) + (applies ? clause.bound : 0);
        masks[at] = (masks[at + 1] as number) | (applies ? 1 << clause.term : 0);
      }
    }
    return { sums, masks, width };
  }

  /** The most an item not touched yet can score from the long clauses `i ..`. */
  private restBound({ sums, masks, width }: SuffixBounds, i: number): number {
    let most = 0;
    for (let type = 0; type < 4; type++)
      most = Math.max(most, (sums[type * width + i] as number) * popcount(masks[type * width + i] as number));
    return most;
  }

  /** The touched items that pass the filter. */
  private accepted(): number[] {
    const out: number[] = [];
    const { touched } = this.acc;
    for (let i = 0; i < this.touchedCount; i++) if (this.query.accept(touched[i] as number)) out.push(touched[i] as number);
    return out;
  }

  /** The `first`-th best score × matched terms of `items` so far (a lower bound of the final k-th score); 0 when fewer. */
  private threshold(items: readonly number[]): number {
    const k = this.query.first;
    if (items.length < k) return 0;
    const { score, matched } = this.acc;
    // A min-heap of the k best: its root is the k-th.
    const heap = new Float64Array(k);
    let size = 0;
    for (const item of items) {
      const value = (score[item] as number) * (matched[item] as number);
      if (size < k) {
        let i = size++;
        while (i > 0 && (heap[(i - 1) >> 1] as number) > value) {
          heap[i] = heap[(i - 1) >> 1] as number;
          i = (i - 1) >> 1;
        }
        heap[i] = value;
      } else if (value > (heap[0] as number)) siftDown(heap, k, value);
    }
    return heap[0] as number;
  }

  /**
   * The accepted items that can still reach `threshold` once the clauses left (`rest`, from
   * position `at` of the long ones) are added, with those added by lookups.
   */
  private complete(rest: readonly PostingClause[], suffix: SuffixBounds, at: number, threshold: number): number[] {
    const { score, mask, matched } = this.acc;
    const { types, fieldTypes, postingItem, postingCount, fieldLength, averageFieldLength, fieldCount } = this.view;
    const candidates = this.accepted().filter((item) => {
      const i = (types[item] as number) * suffix.width + at;
      const bound = ((score[item] as number) + (suffix.sums[i] as number)) * popcount((mask[item] as number) | (suffix.masks[i] as number));
      return bound * (1 + SLACK) >= threshold;
    });
    for (const clause of rest) {
      this.query.check(candidates.length);
      const average = averageFieldLength[clause.field] as number;
      const bit = 1 << clause.term;
      for (const item of candidates) {
        if (((fieldTypes[clause.field] as number) & (1 << (types[item] as number))) === 0) continue;
        const k = findPosting(postingItem, item, clause.start, clause.end);
        if (k < 0) continue;
        const raw = bm25Score(clause.idf, postingCount[k] as number, fieldLength[item * fieldCount + clause.field] as number, average);
        score[item] = (score[item] as number) + clause.factor * raw;
        if (((mask[item] as number) & bit) === 0) {
          mask[item] = (mask[item] as number) | bit;
          matched[item] = (matched[item] as number) + 1;
        }
      }
    }
    return candidates;
  }

  /**
   * The best `first` of `items` (whose scores are complete, though summed in another order):
   * those that can be among them are rescored in the exhaustive order and ranked, ties by id.
   */
  private finalists(items: readonly number[]): Array<{ item: number; score: number }> {
    const { score, matched } = this.acc;
    const cut = this.threshold(items) * (1 - SLACK);
    const top = new TopResults(this.query.first, this.view.idOf);
    for (const item of items) {
      if ((score[item] as number) * (matched[item] as number) * (1 + SLACK) < cut) continue;
      top.offer(item, this.exactScore(item));
    }
    return top.ranked();
  }

  /** An item's score summed clause by clause in the exhaustive scorer's order, times its matched terms. */
  private exactScore(item: number): number {
    const { types, fieldTypes, postingItem, postingCount, fieldLength, averageFieldLength, fieldCount } = this.view;
    const typeBit = 1 << (types[item] as number);
    let sum = 0;
    let terms = 0;
    for (const clause of this.query.clauses) {
      if (((fieldTypes[clause.field] as number) & typeBit) === 0) continue;
      const k = findPosting(postingItem, item, clause.start, clause.end);
      if (k < 0) continue;
      const raw = bm25Score(
        clause.idf,
        postingCount[k] as number,
        fieldLength[item * fieldCount + clause.field] as number,
        averageFieldLength[clause.field] as number,
      );
      sum = sum + clause.factor * raw;
      terms |= 1 << clause.term;
    }
    return sum * popcount(terms);
  }
}
