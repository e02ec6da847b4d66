import type { Dataset, EntityKind } from '../dataset/model.js';
import { InterruptedError } from '../errors.js';
import { bm25Idf, bm25Score } from './search-bm25.js';
import { RESULT_TYPES, SearchIndexBuilder, type SearchIndexParts } from './search-index-builder.js';
import { FIELD_TYPE_BITS, postingClauses, searchAcceptor } from './posting-clauses.js';
import { prunedTopK, type PostingsView } from './pruned-top-k.js';
import { SEARCH_FIELD_BOOSTS, SEARCH_FIELDS, type SearchField, type SearchResultType } from './search-items.js';
import { processSearchTerm, tokenizeSearchText } from './search-text.js';
import type { SearchVocabulary } from './search-vocabulary.js';
import { TopResults } from './top-results.js';

// The index's vocabulary of fields, items and terms, re-exported from where the package has always had them.
export {
  SEARCH_FIELD_BOOSTS,
  SEARCH_FIELDS,
  searchItems,
  type SearchField,
  type SearchItem,
  type SearchResultType,
} from './search-items.js';
export { processSearchTerm, tokenizeSearchText } from './search-text.js';

/** Weight of a prefix and of a fuzzy match, at distance 0 (minisearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Largest edit distance a fuzzy term may get, whatever its length. */
const MAX_FUZZY = 6;

/** How to run one search: per-term prefix and fuzzy matching, how terms combine, which items count. */
export interface SearchIndexQuery {
  /** Whether this query term also matches the longer terms it begins. */
  readonly prefix: (term: string) => boolean;
  /** Largest edit distance for this query term: a fraction (< 1) of its length, or a count; false for none. */
  readonly fuzzy: (term: string) => number | false;
  /** OR (default): an item matching any term; AND: only items matching every term. */
  readonly combineWith?: 'AND' | 'OR';
  /** Items to keep; the others are dropped after scoring (they still count for BM25). It must not search the same index. */
  readonly filter?: (type: SearchResultType, kind: EntityKind | null) => boolean;
  /** How many results to return, the best first; default all. */
  readonly first?: number;
  /**
   * Asked before each query term's expansion, before scoring each term and every
   * {@link STOP_CHECK_POSTINGS} postings; true stops the search with an `InterruptedError`.
   */
  readonly shouldStop?: () => boolean;
  /**
   * How to find the best `first`: `exhaustive` scores every posting of the matched terms;
   * `pruned` skips what cannot reach the top (MaxScore, see `prunedTopK`), with the same results;
   * `auto` (default) prunes an OR query with a `first` once its postings are many enough
   * ({@link PRUNE_MIN_POSTINGS}). AND queries and queries without `first` are always exhaustive.
   */
  readonly strategy?: 'auto' | 'exhaustive' | 'pruned';
}

/** Postings above which an `auto` search prunes: below, scoring them all is as fast. */
const PRUNE_MIN_POSTINGS = 2048;
/** A list longer than this many times the results is searched for them rather than scanned (matched fields). */
const LOOKUP_FACTOR = 16;
/** Most distinct query terms a pruned search tracks (one bit each). */
const MAX_PRUNED_TERMS = 30;

/** How many postings a search scores between two calls of `shouldStop`. */
const STOP_CHECK_POSTINGS = 4096;

/** An item that matched, with its score and, per matched index term, the fields it matched in. */
export interface SearchIndexResult {
  readonly id: string;
  readonly type: SearchResultType;
  readonly kind: EntityKind | null;
  readonly score: number;
  /** Index term → fields it matched in (in {@link SEARCH_FIELDS} order per query term). */
  readonly match: ReadonlyMap<string, readonly SearchField[]>;
}

/**
 * The full-text index over entities, statements, positions and documents: an inverted index in
 * typed arrays. Per term and field, the items containing the term and how often, in item order;
 * per item and field, its length (distinct raw tokens). Terms are numbered by their rank in the
 * sorted vocabulary, so prefix and fuzzy lookups are range walks (see {@link SearchVocabulary}).
 *
 * Scores are minisearch's (BM25+, field boosts, prefix and fuzzy weights, OR / AND combination, a
 * result's score times the number of query terms it matched), the ranking this project was built
 * with; a differential test checks them against minisearch. Unlike minisearch's map-of-maps, the
 * index costs a few bytes per posting: for a million statements, hundreds of megabytes less and
 * several times faster to build.
 */
export class SearchIndex {
  /** Number of indexed items. */
  readonly documentCount: number;
  readonly vocabulary: SearchVocabulary;
  private readonly ids: readonly string[];
  private readonly types: Uint8Array;
  private readonly kinds: ReadonlyArray<EntityKind | null>;
  private readonly fieldLength: Int32Array;
  private readonly averageFieldLength: Float64Array;
  /** Postings of term t in field f start at `offsets[t × fields + f]` (see {@link SearchIndexParts}). */
  readonly offsets: Int32Array;
  private readonly postingItem: Int32Array;
  private readonly postingCount: Int32Array;
  /** Score bounds of the long posting lists (see {@link SearchIndexParts.boundKeys}). */
  readonly boundKeys: Int32Array;
  readonly boundValues: Float64Array;

  /** The index of `dataset` (built at once), or the index whose parts a {@link SearchIndexBuilder} made. */
  constructor(source: Dataset | SearchIndexParts) {
    const parts = 'postingItem' in source ? source : new SearchIndexBuilder(source).finish();
    this.documentCount = parts.ids.length;
    this.vocabulary = parts.vocabulary;
    this.ids = parts.ids;
    this.types = parts.types;
    this.kinds = parts.kinds;
    this.fieldLength = parts.fieldLength;
    this.averageFieldLength = parts.averageFieldLength;
    this.offsets = parts.offsets;
    this.postingItem = parts.postingItem;
    this.postingCount = parts.postingCount;
    this.boundKeys = parts.boundKeys;
    this.boundValues = parts.boundValues;
  }

  /** Number of distinct index terms. */
  get termCount(): number {
    return this.vocabulary.size;
  }

  /**
   * Searches `query` (tokenised and normalised like the indexed text): each query term matches
   * itself, and, as `options` allow, the terms it begins and the terms within an edit distance.
   * Returns the best `options.first` results (default all), highest score first, ties by id.
   *
   * Scores accumulate in typed arrays over the postings of the matched terms, so a search costs
   * its postings, not the index size; only the results returned get their matched fields.
   */
  search(query: string, options: SearchIndexQuery): SearchIndexResult[] {
    const terms = tokenizeSearchText(query)
      .map(processSearchTerm)
      .filter((t): t is string => t !== null && t.length > 0);
    // Each query term with the index terms it matches and their weights (exact, prefix, fuzzy).
    const check = stopCheck(options.shouldStop);
    const specs = terms.map((term) => {
      check(0);
      return { term, derived: this.derivedTerms(term, options.prefix(term), options.fuzzy(term)) };
    });
    const distinct = [...new Set(terms)];
    const ranked = this.prunes(specs, distinct, options)
      ? this.prunedBest(specs, distinct, options, check)
      : this.best(this.accumulate(specs, distinct, check), options.combineWith === 'AND' ? distinct.length : 1, options);
    const matches = this.matchesOf(
      ranked.map((r) => r.item),
      specs,
    );
    return ranked.map(({ item, score }, i) => ({
      id: this.ids[item] as string,
      type: RESULT_TYPES[this.types[item] as number] as SearchResultType,
      kind: this.kinds[item] as EntityKind | null,
      score,
      match: matches[i] as Map<string, SearchField[]>,
    }));
  }

  /**
   * Adds every posting's weighted score to its item and counts, per item, the distinct query terms
   * it matched (a repeated query term adds its score again but counts once). Returns how many
   * items were touched: they are `scratch.touched[0 .. n)`.
   */
  private accumulate(
    specs: ReadonlyArray<{ term: string; derived: ReadonlyArray<{ t: number; weight: number }> }>,
    distinct: readonly string[],
    check: (postings: number) => void,
  ): number {
    const { score, matched, seen, touched: list } = this.scratchArrays();
    let touched = 0;
    try {
      return this.accumulateInto(
        specs,
        distinct,
        check,
        (item) => (list[touched++] = item),
        () => touched,
      );
    } catch (error) {
      // Stopped half-way: the accumulators must be zero for the next search.
      for (let i = 0; i < touched; i++) {
        const item = list[i] as number;
        score[item] = 0;
        matched[item] = 0;
        seen[item] = 0;
      }
      throw error;
    }
  }

  /** {@link accumulate}'s loop: `touch` records a newly touched item; returns `count()` at the end. */
  private accumulateInto(
    specs: ReadonlyArray<{ term: string; derived: ReadonlyArray<{ t: number; weight: number }> }>,
    distinct: readonly string[],
    check: (postings: number) => void,
    touch: (item: number) => void,
    count: () => number,
  ): number {
    const { score, matched, seen } = this.scratchArrays();
    for (let u = 0; u < distinct.length; u++) {
      const stamp = u + 1;
      check(0);
      for (const spec of specs) {
        if (spec.term !== distinct[u]) continue;
        for (const { t, weight } of spec.derived) {
          check(this.postingCountOf(t));
          this.forEachPosting(t, (item, f, raw) => {
            if (seen[item] !== stamp) {
              if (matched[item] === 0) touch(item);
              matched[item] = (matched[item] as number) + 1;
              seen[item] = stamp;
            }
            score[item] = (score[item] as number) + weight * SEARCH_FIELD_BOOSTS[SEARCH_FIELDS[f] as SearchField] * raw;
          });
        }
      }
    }
    return count();
  }

  /**
   * The best `options.first` of the touched items that matched at least `required` distinct
   * terms and pass the filter, with their final scores (times the terms matched), best first.
   * Zeroes the accumulators of every touched item, even if the filter throws.
   */
  private best(touched: number, required: number, options: SearchIndexQuery): Array<{ item: number; score: number }> {
    const { score, matched, seen, touched: list } = this.scratchArrays();
    const reset = (item: number): void => {
      score[item] = 0;
      matched[item] = 0;
      seen[item] = 0;
    };
    const top = new TopResults(options.first ?? Infinity, (item) => this.ids[item] as string);
    let i = 0;
    try {
      for (; i < touched; i++) {
        const item = list[i] as number;
        const count = matched[item] as number;
        const total = (score[item] as number) * count;
        reset(item);
        if (count < required) continue;
        const type = RESULT_TYPES[this.types[item] as number] as SearchResultType;
        if (options.filter && !options.filter(type, this.kinds[item] as EntityKind | null)) continue;
        top.offer(item, total);
      }
    } finally {
      for (i++; i < touched; i++) reset(list[i] as number);
    }
    return top.ranked();
  }

  /** Whether this search takes the pruned path (see {@link SearchIndexQuery.strategy}). */
  private prunes(
    specs: ReadonlyArray<{ derived: ReadonlyArray<{ t: number }> }>,
    distinct: readonly string[],
    options: SearchIndexQuery,
  ): boolean {
    const strategy = options.strategy ?? 'auto';
    if (strategy === 'exhaustive' || options.combineWith === 'AND' || distinct.length > MAX_PRUNED_TERMS) return false;
    if (options.first === undefined || !Number.isFinite(options.first)) return false;
    if (strategy === 'pruned') return true;
    let postings = 0;
    for (const spec of specs) for (const { t } of spec.derived) postings += this.postingCountOf(t);
    return postings >= PRUNE_MIN_POSTINGS;
  }

  /** {@link best} for an OR query with a `first`, by {@link prunedTopK}: the same results, most postings skipped. */
  private prunedBest(
    specs: ReadonlyArray<{ term: string; derived: ReadonlyArray<{ t: number; weight: number }> }>,
    distinct: readonly string[],
    options: SearchIndexQuery,
    check: (postings: number) => void,
  ): Array<{ item: number; score: number }> {
    const accept = searchAcceptor(this.types, this.kinds, options.filter);
    const { score, matched, seen, touched } = this.scratchArrays();
    const view: PostingsView = {
      fieldCount: SEARCH_FIELDS.length,
      postingItem: this.postingItem,
      postingCount: this.postingCount,
      fieldLength: this.fieldLength,
      averageFieldLength: this.averageFieldLength,
      types: this.types,
      fieldTypes: FIELD_TYPE_BITS,
      idOf: (item) => this.ids[item] as string,
    };
    const clauses = postingClauses(this, specs, distinct, accept.fieldAllowed);
    return prunedTopK(
      view,
      { score, mask: seen, matched, touched },
      { clauses, first: options.first as number, accept: accept.item, check },
    );
  }

  /** Per-item accumulators, allocated on the first search and zeroed after each (searches are synchronous). */
  private scratch: { score: Float64Array; matched: Int32Array; seen: Int32Array; touched: Int32Array } | null = null;
  private scratchArrays(): NonNullable<SearchIndex['scratch']> {
    const n = this.documentCount;
    this.scratch ??= { score: new Float64Array(n), matched: new Int32Array(n), seen: new Int32Array(n), touched: new Int32Array(n) };
    return this.scratch;
  }

  /** The index terms a query term matches, with their weights: itself, the terms it begins (weighted down by extra length), then the terms near it (by distance). */
  private derivedTerms(term: string, prefix: boolean, fuzzy: number | false): Array<{ t: number; weight: number }> {
    const derived: Array<{ t: number; weight: number }> = [];
    const exact = this.vocabulary.find(term);
    if (exact >= 0) derived.push({ t: exact, weight: 1 });
    let fuzzyMatches: Map<number, number> | null = null;
    if (fuzzy !== false) {
      const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
      if (maxDistance > 0) fuzzyMatches = this.vocabulary.fuzzy(term, maxDistance);
    }
    if (prefix) {
      const { start, end } = this.vocabulary.withPrefix(term);
      for (let t = start; t < end; t++) {
        const length = (this.vocabulary.terms[t] as string).length;
        const distance = length - term.length;
        if (distance === 0) continue;
        // A term both begins with the query term and is near it: it scores as a prefix match.
        fuzzyMatches?.delete(t);
        derived.push({ t, weight: (PREFIX_WEIGHT * length) / (length + 0.3 * distance) });
      }
    }
    for (const [t, distance] of fuzzyMatches ?? []) {
      if (distance === 0) continue;
      const length = (this.vocabulary.terms[t] as string).length;
      derived.push({ t, weight: (FUZZY_WEIGHT * length) / (length + distance) });
    }
    return derived;
  }

  /** Position of `item` in the postings `start .. end` (sorted by item), or -1. */
  private postingAt(item: number, start: number, end: number): number {
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.postingItem[mid] as number) < item) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && this.postingItem[lo] === item ? lo : -1;
  }

  /** How many postings index term `t` has, all fields together. */
  private postingCountOf(t: number): number {
    const fieldCount = SEARCH_FIELDS.length;
    return (this.offsets[(t + 1) * fieldCount] as number) - (this.offsets[t * fieldCount] as number);
  }

  /** Calls `each` for every posting of index term `t`, field by field, in item order, with its unweighted BM25+ score. */
  private forEachPosting(t: number, each: (item: number, field: number, raw: number) => void): void {
    const fieldCount = SEARCH_FIELDS.length;
    for (let f = 0; f < fieldCount; f++) {
      const start = this.offsets[t * fieldCount + f] as number;
      const end = this.offsets[t * fieldCount + f + 1] as number;
      if (start === end) continue;
      const matching = end - start;
      const idf = bm25Idf(this.documentCount, matching);
      const average = this.averageFieldLength[f] as number;
      for (let k = start; k < end; k++) {
        const item = this.postingItem[k] as number;
        const count = this.postingCount[k] as number;
        const length = this.fieldLength[item * fieldCount + f] as number;
        each(item, f, bm25Score(idf, count, length, average));
      }
    }
  }

  /**
   * For each of `items`, the index terms it matched and in which fields. A later query term's
   * fields for the same index term replace an earlier one's (minisearch's merge, kept so that
   * results are the same).
   */
  private matchesOf(
    items: readonly number[],
    specs: ReadonlyArray<{ derived: ReadonlyArray<{ t: number }> }>,
  ): Array<Map<string, SearchField[]>> {
    const position = new Map(items.map((item, i) => [item, i]));
    const matches = items.map(() => new Map<string, SearchField[]>());
    const fieldCount = SEARCH_FIELDS.length;
    for (const spec of specs) {
      const local = items.map(() => new Map<string, SearchField[]>());
      for (const { t } of spec.derived) {
        const term = this.vocabulary.terms[t] as string;
        for (let f = 0; f < fieldCount; f++) {
          const start = this.offsets[t * fieldCount + f] as number;
          const end = this.offsets[t * fieldCount + f + 1] as number;
          const add = (i: number): void => {
            const fields = (local[i] as Map<string, SearchField[]>).get(term);
            if (fields) fields.push(SEARCH_FIELDS[f] as SearchField);
            else (local[i] as Map<string, SearchField[]>).set(term, [SEARCH_FIELDS[f] as SearchField]);
          };
          if (end - start > LOOKUP_FACTOR * items.length) {
            // A long list: look the few results up (an item is at most once in a list) rather than scan it.
            items.forEach((item, i) => {
              if (this.postingAt(item, start, end) >= 0) add(i);
            });
            continue;
          }
          for (let k = start; k < end; k++) {
            const i = position.get(this.postingItem[k] as number);
            if (i !== undefined) add(i);
          }
        }
      }
      local.forEach((found, i) => {
        for (const [term, fields] of found) (matches[i] as Map<string, SearchField[]>).set(term, fields);
      });
    }
    return matches;
  }
}

/**
 * A checker that calls `shouldStop` at each query term (`check(0)`) and once every
 * {@link STOP_CHECK_POSTINGS} postings scored, and throws an `InterruptedError` when it says so.
 */
function stopCheck(shouldStop: (() => boolean) | undefined): (postings: number) => void {
  if (!shouldStop) return () => undefined;
  let since = 0;
  return (postings) => {
    since += postings;
    if (postings !== 0 && since < STOP_CHECK_POSTINGS) return;
    since = 0;
    if (shouldStop()) throw new InterruptedError('search stopped: its deadline passed');
  };
}

/**
 * Builds the full-text index over entity names, aliases, lookup aliases and descriptions;
 * statement quotes, qualifiers and string values; position summaries and quotes; document titles,
 * metadata and text. Queries use `searchIndexOf`, which builds it once per graph.
 */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  return new SearchIndex(dataset);
}
