import type { Dataset, EntityKind, Evidence, MetaField } from '../dataset/model.js';
import { perGraph } from './per-graph.js';
import { SearchVocabulary } from './search-vocabulary.js';

/** What a search result is. */
export type SearchResultType = 'entity' | 'statement' | 'position' | 'document';

/** The indexed fields, with the relative weight of a match in each. */
export const SEARCH_FIELD_BOOSTS = {
  /** Entity: canonical name. */
  name: 3,
  /** Entity: surface forms the documents use. */
  aliases: 2.5,
  /** Entity: extra forms accepted for lookups (acronyms, other spellings). */
  lookupAliases: 2,
  /** Entity: one-line description. */
  description: 1,
  /** Statement, position: the verbatim evidence quotes. */
  quotes: 1,
  /** Statement: role, characterization, note and areas qualifiers. */
  qualifiers: 1,
  /** Statement: a literal string value. */
  value: 1,
  /** Position: its summary. */
  summary: 1.2,
  /** Document: its title. */
  title: 2,
  /** Document: outlet, author and genre. */
  metadata: 1,
  /** Document: the full text (long, so a match weighs less). */
  text: 0.5,
} as const;
export type SearchField = keyof typeof SEARCH_FIELD_BOOSTS;
export const SEARCH_FIELDS = Object.keys(SEARCH_FIELD_BOOSTS) as SearchField[];

/** One indexed item: an entity, statement, position or document, with its text per field. */
export type SearchItem = { readonly id: string; readonly type: SearchResultType; readonly kind: EntityKind | null } & Partial<
  Record<SearchField, string>
>;

/** Frequent English words that carry no meaning for a lookup ("Council for Peace" is about council and peace). */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with'.split(' '),
);

/**
 * Splits text into terms on white space, punctuation and symbols. Dotted acronyms stay one term
 * ("U.S." → "US", "U.N." → "UN"), so they can be found at all.
 */
export function tokenizeSearchText(text: string): string[] {
  // Without a full stop there is no dotted acronym to join (most quotes): skip that pass.
  const joined = text.includes('.') ? text.replace(DOTTED_ACRONYM, (acronym) => acronym.replaceAll('.', '')) : text;
  return joined.split(TOKEN_SEPARATOR).filter((term) => term.length > 0);
}
const DOTTED_ACRONYM = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;
const TOKEN_SEPARATOR = /[\s\p{Z}\p{P}\p{S}]+/u;

/**
 * Normalises a term for indexing and search: lower case, diacritics removed ("Tokáev" → "tokaev").
 * Stop words and single letters ("s" of "Kazakhstan's") are dropped.
 */
export function processSearchTerm(term: string): string | null {
  const normalized = term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (STOP_WORDS.has(normalized) || /^\p{L}$/u.test(normalized)) return null;
  return normalized;
}

const join = (parts: ReadonlyArray<string | null | undefined>): string => parts.filter((p) => p !== null && p !== undefined).join(' \n ');
const quotesOf = (evidence: readonly Evidence[]): string => join([...new Set(evidence.map((e) => e.quote))]);
const metaValue = (field: MetaField | null): string | null => field?.value ?? null;

/** Calls `each` with the index's items, one per entity, statement, position and document, in that order. */
function forEachSearchItem(dataset: Dataset, each: (item: SearchItem) => void): void {
  for (const e of dataset.entities) {
    each({
      id: e.id,
      type: 'entity',
      kind: e.kind,
      name: e.name,
      aliases: join(e.aliases.filter((a) => a !== e.name)),
      lookupAliases: join(e.lookupAliases),
      description: e.description ?? '',
    });
  }
  for (const s of dataset.statements) {
    const q = s.qualifiers;
    each({
      id: s.id,
      type: 'statement',
      kind: null,
      quotes: quotesOf(s.evidence),
      qualifiers: join([q.role, q.characterization, q.note, ...q.areas]),
      value: s.value?.type === 'string' ? s.value.text : '',
    });
  }
  for (const p of dataset.positions) each({ id: p.id, type: 'position', kind: null, summary: p.summary, quotes: quotesOf(p.evidence) });
  for (const d of dataset.documents) {
    each({
      id: d.id,
      type: 'document',
      kind: null,
      title: metaValue(d.title) ?? '',
      metadata: join([metaValue(d.outlet), metaValue(d.author), metaValue(d.genre)]),
      text: d.text,
    });
  }
}

/** The items of the index, one per entity, statement, position and document. */
export function searchItems(dataset: Dataset): SearchItem[] {
  const items: SearchItem[] = [];
  forEachSearchItem(dataset, (item) => items.push(item));
  return items;
}

/** BM25+ parameters (minisearch's defaults, which the ranking was tuned with). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
/** Weight of a prefix and of a fuzzy match, at distance 0 (minisearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Largest edit distance a fuzzy term may get, whatever its length. */
const MAX_FUZZY = 6;

const RESULT_TYPES: readonly SearchResultType[] = ['entity', 'statement', 'position', 'document'];

/** How to run one search: per-term prefix and fuzzy matching, how terms combine, which items count. */
export interface SearchIndexQuery {
  /** Whether this query term also matches the longer terms it begins. */
  readonly prefix: (term: string) => boolean;
  /** Largest edit distance for this query term: a fraction (< 1) of its length, or a count; false for none. */
  readonly fuzzy: (term: string) => number | false;
  /** OR (default): an item matching any term; AND: only items matching every term. */
  readonly combineWith?: 'AND' | 'OR';
  /** Items to keep; the others are dropped after scoring (they still count for BM25). */
  readonly filter?: (type: SearchResultType, kind: EntityKind | null) => boolean;
  /** How many results to return, the best first; default all. */
  readonly first?: number;
}

/** An item that matched, with its score and, per matched index term, the fields it matched in. */
export interface SearchIndexResult {
  readonly id: string;
  readonly type: SearchResultType;
  readonly kind: EntityKind | null;
  readonly score: number;
  /** Index term → fields it matched in (in {@link SEARCH_FIELDS} order per query term). */
  readonly match: ReadonlyMap<string, readonly SearchField[]>;
}

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
  /** Per item and field (item × fields + field): distinct raw tokens; 0 when the field is absent. */
  private readonly fieldLength: Int32Array;
  private readonly averageFieldLength: Float64Array;
  /** Postings of term t in field f: `postingItem/postingCount[offsets[t × fields + f] .. offsets[t × fields + f + 1])`. */
  private readonly offsets: Int32Array;
  private readonly postingItem: Int32Array;
  private readonly postingCount: Int32Array;

  constructor(dataset: Dataset) {
    const fieldCount = SEARCH_FIELDS.length;
    const ids: string[] = [];
    const types: number[] = [];
    const kinds: Array<EntityKind | null> = [];
    const lengths = new IntColumn();
    const average = new Float64Array(fieldCount);
    const termNumber = new Map<string, number>();
    const termList: string[] = [];
    // Postings in item order: (term number by first appearance, field, item, count).
    const postingTerm = new IntColumn();
    const postingField = new IntColumn();
    const postingItem = new IntColumn();
    const postingCount = new IntColumn();
    // Most tokens repeat: each distinct raw token is normalised and numbered once (-1: dropped).
    const tokenTerm = new Map<string, number>();
    const termOf = (token: string): number => {
      let t = tokenTerm.get(token);
      if (t === undefined) {
        const term = processSearchTerm(token);
        if (term === null) t = -1;
        else {
          t = termNumber.get(term);
          if (t === undefined) {
            t = termList.length;
            termNumber.set(term, t);
            termList.push(term);
          }
        }
        tokenTerm.set(token, t);
      }
      return t;
    };
    const tokenCounts = new Map<string, number>();
    const counts = new Map<number, number>();
    forEachSearchItem(dataset, (item) => {
      const n = ids.length;
      ids.push(item.id);
      types.push(RESULT_TYPES.indexOf(item.type));
      kinds.push(item.kind);
      for (let f = 0; f < fieldCount; f++) {
        const value = item[SEARCH_FIELDS[f] as SearchField];
        if (value === undefined) {
          lengths.push(0);
          continue;
        }
        // Occurrences per raw token: their number is the field's length (distinct raw tokens,
        // stop words included), and each distinct token is normalised once.
        tokenCounts.clear();
        for (const token of tokenizeSearchText(value)) tokenCounts.set(token, (tokenCounts.get(token) ?? 0) + 1);
        const length = tokenCounts.size;
        lengths.push(length);
        // minisearch's running average: over every item so far, counting those without the field.
        average[f] = ((average[f] as number) * n + length) / (n + 1);
        counts.clear();
        for (const [token, occurrences] of tokenCounts) {
          const t = termOf(token);
          if (t >= 0) counts.set(t, (counts.get(t) ?? 0) + occurrences);
        }
        for (const [t, count] of counts) {
          postingTerm.push(t);
          postingField.push(f);
          postingItem.push(n);
          postingCount.push(count);
        }
      }
    });
    // Renumber terms by sorted rank, then group postings by (term, field), keeping item order.
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
      items[at] = postingItem.values[k] as number;
      itemCounts[at] = postingCount.values[k] as number;
    }
    this.documentCount = ids.length;
    this.vocabulary = new SearchVocabulary(sorted);
    this.ids = ids;
    this.types = Uint8Array.from(types);
    this.kinds = kinds;
    this.fieldLength = lengths.values.slice(0, lengths.length);
    this.averageFieldLength = average;
    this.offsets = offsets;
    this.postingItem = items;
    this.postingCount = itemCounts;
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
    const specs = terms.map((term) => ({ term, derived: this.derivedTerms(term, options.prefix(term), options.fuzzy(term)) }));
    const distinct = [...new Set(terms)];
    const scratch = this.scratchArrays();
    const { score, matched, seen } = scratch;
    let touched = 0;
    // Grouped by distinct query term, so that `matched` counts each once (a repeated term adds its score again).
    for (let u = 0; u < distinct.length; u++) {
      const stamp = u + 1;
      for (const spec of specs) {
        if (spec.term !== distinct[u]) continue;
        for (const { t, weight } of spec.derived) {
          this.forEachPosting(t, (item, f, raw) => {
            if (seen[item] !== stamp) {
              if (matched[item] === 0) scratch.touched[touched++] = item;
              matched[item] = (matched[item] as number) + 1;
              seen[item] = stamp;
            }
            score[item] = (score[item] as number) + weight * (SEARCH_FIELD_BOOSTS[SEARCH_FIELDS[f] as SearchField] as number) * raw;
          });
        }
      }
    }
    const required = options.combineWith === 'AND' ? distinct.length : 1;
    const first = options.first ?? Infinity;
    const best = new TopResults(first, (item) => this.ids[item] as string);
    for (let i = 0; i < touched; i++) {
      const item = scratch.touched[i] as number;
      const count = matched[item] as number;
      const total = (score[item] as number) * count;
      score[item] = 0;
      matched[item] = 0;
      seen[item] = 0;
      if (count < required) continue;
      if (
        options.filter &&
        !options.filter(RESULT_TYPES[this.types[item] as number] as SearchResultType, this.kinds[item] as EntityKind | null)
      )
        continue;
      best.offer(item, total);
    }
    const ranked = best.ranked();
    const matches = this.matchesOf(
      ranked.map((r) => r.item),
      specs,
    );
    return ranked.map(({ item, score: total }, i) => ({
      id: this.ids[item] as string,
      type: RESULT_TYPES[this.types[item] as number] as SearchResultType,
      kind: this.kinds[item] as EntityKind | null,
      score: total,
      match: matches[i] as Map<string, SearchField[]>,
    }));
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

  /** Calls `each` for every posting of index term `t`, field by field, in item order, with its unweighted BM25+ score. */
  private forEachPosting(t: number, each: (item: number, field: number, raw: number) => void): void {
    const fieldCount = SEARCH_FIELDS.length;
    for (let f = 0; f < fieldCount; f++) {
      const start = this.offsets[t * fieldCount + f] as number;
      const end = this.offsets[t * fieldCount + f + 1] as number;
      if (start === end) continue;
      const matching = end - start;
      const idf = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
      const average = this.averageFieldLength[f] as number;
      for (let k = start; k < end; k++) {
        const item = this.postingItem[k] as number;
        const count = this.postingCount[k] as number;
        const length = this.fieldLength[item * fieldCount + f] as number;
        each(item, f, idf * (BM25.d + (count * (BM25.k + 1)) / (count + BM25.k * (1 - BM25.b + (BM25.b * length) / average))));
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
          for (let k = start; k < end; k++) {
            const i = position.get(this.postingItem[k] as number);
            if (i === undefined) continue;
            const fields = (local[i] as Map<string, SearchField[]>).get(term);
            if (fields) fields.push(SEARCH_FIELDS[f] as SearchField);
            else (local[i] as Map<string, SearchField[]>).set(term, [SEARCH_FIELDS[f] as SearchField]);
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
 * The best `size` of the items offered: highest score first, ties by id. A min-heap of the kept
 * ones, so that keeping the top 10 of a million matches costs a comparison per match, not a sort.
 */
class TopResults {
  private readonly heap: Array<{ item: number; score: number }> = [];
  constructor(
    private readonly size: number,
    private readonly idOf: (item: number) => string,
  ) {}

  /** True when `a` ranks below `b`. */
  private below(a: { item: number; score: number }, b: { item: number; score: number }): boolean {
    return a.score < b.score || (a.score === b.score && this.idOf(a.item) > this.idOf(b.item));
  }

  offer(item: number, score: number): void {
    const entry = { item, score };
    const heap = this.heap;
    if (heap.length < this.size) {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.below(heap[i] as typeof entry, heap[parent] as typeof entry)) break;
        [heap[i], heap[parent]] = [heap[parent] as typeof entry, heap[i] as typeof entry];
        i = parent;
      }
    } else if (heap.length > 0 && this.below(heap[0] as typeof entry, entry)) {
      heap[0] = entry;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let lowest = i;
        if (left < heap.length && this.below(heap[left] as typeof entry, heap[lowest] as typeof entry)) lowest = left;
        if (right < heap.length && this.below(heap[right] as typeof entry, heap[lowest] as typeof entry)) lowest = right;
        if (lowest === i) break;
        [heap[i], heap[lowest]] = [heap[lowest] as typeof entry, heap[i] as typeof entry];
        i = lowest;
      }
    }
  }

  /** The kept items, best first. */
  ranked(): Array<{ item: number; score: number }> {
    return [...this.heap].sort((a, b) => (this.below(a, b) ? 1 : this.below(b, a) ? -1 : 0));
  }
}

/**
 * Builds the full-text index over entity names, aliases, lookup aliases and descriptions;
 * statement quotes, qualifiers and string values; position summaries and quotes; document titles,
 * metadata and text. Queries use {@link searchIndexOf}, which builds it once per graph.
 */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  return new SearchIndex(dataset);
}

/** The search index of a knowledge graph, built on first use and then cached. */
export const searchIndexOf = perGraph((kg) => buildSearchIndex(kg.dataset));
