import type { Dataset, EntityKind } from '../dataset/model.js';
import { bm25Idf, bm25Score } from './search-bm25.js';
import { SEARCH_FIELDS, searchItemAt, searchItemCount, type SearchField, type SearchResultType } from './search-items.js';
import { processSearchTerm, tokenizeSearchText } from './search-text.js';
import { SearchVocabulary } from './search-vocabulary.js';

/** The order of result types in {@link SearchIndexParts.types}. */
export const RESULT_TYPES: readonly SearchResultType[] = ['entity', 'statement', 'position', 'document'];

/** What a built search index holds (see `SearchIndex`). */
export interface SearchIndexParts {
  readonly vocabulary: SearchVocabulary;
  readonly ids: readonly string[];
  /** Per item: its index in {@link RESULT_TYPES}. */
  readonly types: Uint8Array;
  readonly kinds: ReadonlyArray<EntityKind | null>;
  /** Per item and field (item × fields + field): distinct raw tokens; 0 when the field is absent. */
  readonly fieldLength: Int32Array;
  /** Per field: minisearch's running average of the field lengths. */
  readonly averageFieldLength: Float64Array;
  /** Postings of term t in field f: `postingItem/postingCount[offsets[t × fields + f] .. offsets[t × fields + f + 1])`, by item. */
  readonly offsets: Int32Array;
  readonly postingItem: Int32Array;
  readonly postingCount: Int32Array;
  /**
   * Upper bounds for top-k pruning (see `prunedTopK`): the keys (term × fields + field, ascending)
   * of the posting lists of at least {@link SearchIndexBuilderOptions.boundedListPostings}
   * postings, and per key the largest unweighted BM25+ score of a posting in it. Shorter lists
   * have none: they are cheap to score in full.
   */
  readonly boundKeys: Int32Array;
  readonly boundValues: Float64Array;
}

/** How a {@link SearchIndexBuilder} builds. */
export interface SearchIndexBuilderOptions {
  /**
   * Posting lists with at least this many postings get a score upper bound (default
   * {@link BOUNDED_LIST_POSTINGS}): a few bytes each, for the few long lists a top-k search can
   * skip. Tests lower it to exercise the pruning on small data.
   */
  readonly boundedListPostings?: number;
}

/** Default {@link SearchIndexBuilderOptions.boundedListPostings}. */
const BOUNDED_LIST_POSTINGS = 64;

/** Growable typed arrays, for postings collected before their number is known. */
class IntColumn {
  values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/** Items indexed between two checks of `shouldYield` in {@link SearchIndexBuilder.addSome}. */
const ITEMS_PER_CHECK = 64;

/**
 * Builds a search index item by item, so that a server can build it in slices between requests
 * (see `searchIndexWork`): {@link addSome} indexes items until told to yield, {@link finish}
 * indexes the rest and sorts the postings. Items are tokenised, each distinct raw token
 * normalised and numbered once, and postings collected as (term, field, item, count) rows in
 * item order, then grouped by (term rank, field) with a counting sort.
 */
export class SearchIndexBuilder {
  private next = 0;
  private readonly total: number;
  private readonly ids: string[] = [];
  private readonly types: number[] = [];
  private readonly kinds: Array<EntityKind | null> = [];
  private readonly lengths = new IntColumn();
  private readonly average = new Float64Array(SEARCH_FIELDS.length);
  private readonly termNumber = new Map<string, number>();
  private readonly termList: string[] = [];
  /** Raw token → term number, or -1 when normalising drops it (most tokens repeat). */
  private readonly tokenTerm = new Map<string, number>();
  private readonly postingTerm = new IntColumn();
  private readonly postingField = new IntColumn();
  private readonly postingItem = new IntColumn();
  private readonly postingCount = new IntColumn();
  private readonly tokenCounts = new Map<string, number>();
  private readonly counts = new Map<number, number>();
  private built: SearchIndexParts | null = null;

  private readonly boundedListPostings: number;

  constructor(
    private readonly dataset: Dataset,
    options: SearchIndexBuilderOptions = {},
  ) {
    this.total = searchItemCount(dataset);
    this.boundedListPostings = Math.max(1, options.boundedListPostings ?? BOUNDED_LIST_POSTINGS);
  }

  /** Share of the items indexed so far, from 0 to 1. */
  get progress(): number {
    return this.total === 0 ? 1 : this.next / this.total;
  }

  /** Indexes items until all are in (true) or `shouldYield` says to stop for now (false). */
  addSome(shouldYield: () => boolean): boolean {
    while (this.next < this.total) {
      const end = Math.min(this.total, this.next + ITEMS_PER_CHECK);
      while (this.next < end) this.addItem(this.next++);
      if (this.next < this.total && shouldYield()) return false;
    }
    return true;
  }

  /** Indexes what is left and returns the index's parts (the same parts on every call). */
  finish(): SearchIndexParts {
    if (this.built) return this.built;
    this.addSome(() => false);
    this.built = this.group();
    return this.built;
  }

  private termOf(token: string): number {
    let t = this.tokenTerm.get(token);
    if (t === undefined) {
      const term = processSearchTerm(token);
      if (term === null) t = -1;
      else {
        t = this.termNumber.get(term);
        if (t === undefined) {
          t = this.termList.length;
          this.termNumber.set(term, t);
          this.termList.push(term);
        }
      }
      this.tokenTerm.set(token, t);
    }
    return t;
  }

  private addItem(n: number): void {
    const item = searchItemAt(this.dataset, n);
    this.ids.push(item.id);
    this.types.push(RESULT_TYPES.indexOf(item.type));
    this.kinds.push(item.kind);
    const { tokenCounts, counts, average } = this;
    for (let f = 0; f < SEARCH_FIELDS.length; f++) {
      const value = item[SEARCH_FIELDS[f] as SearchField];
      if (value === undefined) {
        this.lengths.push(0);
        continue;
      }
      // Occurrences per raw token: their number is the field's length (distinct raw tokens,
      // stop words included), and each distinct token is normalised once.
      tokenCounts.clear();
      for (const token of tokenizeSearchText(value)) tokenCounts.set(token, (tokenCounts.get(token) ?? 0) + 1);
      const length = tokenCounts.size;
      this.lengths.push(length);
      // minisearch's running average: over every item so far, counting those without the field.
      average[f] = ((average[f] as number) * n + length) / (n + 1);
      counts.clear();
      for (const [token, occurrences] of tokenCounts) {
        const t = this.termOf(token);
        if (t >= 0) counts.set(t, (counts.get(t) ?? 0) + occurrences);
      }
      for (const [t, count] of counts) {
        this.postingTerm.push(t);
        this.postingField.push(f);
        this.postingItem.push(n);
        this.postingCount.push(count);
      }
    }
  }

  /** Renumbers terms by sorted rank, then groups postings by (term, field), keeping item order. */
  private group(): SearchIndexParts {
    const fieldCount = SEARCH_FIELDS.length;
    const { termList, termNumber, postingTerm, postingField } = this;
    const sorted = [...termList].sort();
    const rank = new Int32Array(termList.length);
    for (let r = 0; r < sorted.length; r++) rank[termNumber.get(sorted[r] as string) as number] = r;
    const offsets = new Int32Array(sorted.length * fieldCount + 1);
    const keys = new Int32Array(postingTerm.length);
    for (let k = 0; k < postingTerm.length; k++) {
      const key = (rank[postingTerm.values[k] as number] as number) * fieldCount + (postingField.values[k] as number);
      keys[k] = key;
      offsets[key + 1] = (offsets[key + 1] as number) + 1;
    }
    for (let key = 0; key < sorted.length * fieldCount; key++) offsets[key + 1] = (offsets[key + 1] as number) + (offsets[key] as number);
    const next = offsets.slice(0, sorted.length * fieldCount);
    const items = new Int32Array(postingTerm.length);
    const itemCounts = new Int32Array(postingTerm.length);
    for (let k = 0; k < keys.length; k++) {
      const at = (next[keys[k] as number] as number)++;
      items[at] = this.postingItem.values[k] as number;
      itemCounts[at] = this.postingCount.values[k] as number;
    }
    const fieldLength = this.lengths.values.slice(0, this.lengths.length);
    return {
      vocabulary: new SearchVocabulary(sorted),
      ids: this.ids,
      types: Uint8Array.from(this.types),
      kinds: this.kinds,
      fieldLength,
      averageFieldLength: this.average,
      offsets,
      postingItem: items,
      postingCount: itemCounts,
      ...this.listBounds(offsets, items, itemCounts, fieldLength),
    };
  }

  /** The score upper bound of every posting list of at least `boundedListPostings` postings (see {@link SearchIndexParts.boundKeys}). */
  private listBounds(
    offsets: Int32Array,
    items: Int32Array,
    itemCounts: Int32Array,
    fieldLength: Int32Array,
  ): Pick<SearchIndexParts, 'boundKeys' | 'boundValues'> {
    const fieldCount = SEARCH_FIELDS.length;
    const documentCount = this.ids.length;
    const keys: number[] = [];
    const values: number[] = [];
    for (let key = 0; key + 1 < offsets.length; key++) {
      const start = offsets[key] as number;
      const end = offsets[key + 1] as number;
      if (end - start < this.boundedListPostings) continue;
      const f = key % fieldCount;
      const idf = bm25Idf(documentCount, end - start);
      const average = this.average[f] as number;
      let most = 0;
      for (let k = start; k < end; k++) {
        const raw = bm25Score(idf, itemCounts[k] as number, fieldLength[(items[k] as number) * fieldCount + f] as number, average);
        if (raw > most) most = raw;
      }
      keys.push(key);
      values.push(most);
    }
    return { boundKeys: Int32Array.from(keys), boundValues: Float64Array.from(values) };
  }
}
