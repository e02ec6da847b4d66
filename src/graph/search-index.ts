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

/** One item's running result for a query. */
interface RawResult {
  score: number;
  /** The query terms it matched (each once). */
  readonly terms: string[];
  match: Map<string, SearchField[]>;
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
   * Results are unordered.
   */
  search(query: string, options: SearchIndexQuery): SearchIndexResult[] {
    const terms = tokenizeSearchText(query)
      .map(processSearchTerm)
      .filter((t): t is string => t !== null && t.length > 0);
    const perTerm = terms.map((term) => this.searchTerm(term, options.prefix(term), options.fuzzy(term)));
    const combined =
      perTerm.length === 0 ? new Map<number, RawResult>() : perTerm.reduce(options.combineWith === 'AND' ? intersect : unite);
    const results: SearchIndexResult[] = [];
    for (const [item, { score, terms: matched, match }] of combined) {
      const type = RESULT_TYPES[this.types[item] as number] as SearchResultType;
      const kind = this.kinds[item] as EntityKind | null;
      if (options.filter && !options.filter(type, kind)) continue;
      results.push({ id: this.ids[item] as string, type, kind, score: score * (matched.length || 1), match });
    }
    return results;
  }

  /** Results of one query term: exact, then prefix (weighted down by extra length), then fuzzy matches (by distance). */
  private searchTerm(term: string, prefix: boolean, fuzzy: number | false): Map<number, RawResult> {
    const results = new Map<number, RawResult>();
    const exact = this.vocabulary.find(term);
    if (exact >= 0) this.termResults(term, exact, 1, results);
    let fuzzyMatches: Map<number, number> | null = null;
    if (fuzzy !== false) {
      const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
      if (maxDistance > 0) fuzzyMatches = this.vocabulary.fuzzy(term, maxDistance);
    }
    if (prefix) {
      const { start, end } = this.vocabulary.withPrefix(term);
      for (let t = start; t < end; t++) {
        const derived = this.vocabulary.terms[t] as string;
        const distance = derived.length - term.length;
        if (distance === 0) continue;
        // A term both begins with the query term and is near it: it scores as a prefix match.
        fuzzyMatches?.delete(t);
        this.termResults(term, t, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance), results);
      }
    }
    for (const [t, distance] of fuzzyMatches ?? []) {
      if (distance === 0) continue;
      const derived = this.vocabulary.terms[t] as string;
      this.termResults(term, t, (FUZZY_WEIGHT * derived.length) / (derived.length + distance), results);
    }
    return results;
  }

  /** Adds the BM25+ score of index term `t` (weighted) to every item containing it, field by field. */
  private termResults(queryTerm: string, t: number, weight: number, results: Map<number, RawResult>): void {
    const fieldCount = SEARCH_FIELDS.length;
    const derived = this.vocabulary.terms[t] as string;
    for (let f = 0; f < fieldCount; f++) {
      const start = this.offsets[t * fieldCount + f] as number;
      const end = this.offsets[t * fieldCount + f + 1] as number;
      if (start === end) continue;
      const field = SEARCH_FIELDS[f] as SearchField;
      const boost = SEARCH_FIELD_BOOSTS[field];
      const matching = end - start;
      const idf = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
      const average = this.averageFieldLength[f] as number;
      for (let k = start; k < end; k++) {
        const item = this.postingItem[k] as number;
        const count = this.postingCount[k] as number;
        const length = this.fieldLength[item * fieldCount + f] as number;
        const raw = idf * (BM25.d + (count * (BM25.k + 1)) / (count + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
        const score = weight * boost * raw;
        const result = results.get(item);
        if (result) {
          result.score += score;
          if (!result.terms.includes(queryTerm)) result.terms.push(queryTerm);
          const fields = result.match.get(derived);
          if (fields) fields.push(field);
          else result.match.set(derived, [field]);
        } else results.set(item, { score, terms: [queryTerm], match: new Map([[derived, [field]]]) });
      }
    }
  }
}

/** OR: every item of either, scores added (minisearch's combinator, which keeps `b`'s field lists for shared terms). */
function unite(a: Map<number, RawResult>, b: Map<number, RawResult>): Map<number, RawResult> {
  for (const [item, other] of b) {
    const existing = a.get(item);
    if (!existing) a.set(item, other);
    else merge(existing, other);
  }
  return a;
}

/** AND: only items of both, scores added. */
function intersect(a: Map<number, RawResult>, b: Map<number, RawResult>): Map<number, RawResult> {
  const combined = new Map<number, RawResult>();
  for (const [item, other] of b) {
    const existing = a.get(item);
    if (!existing) continue;
    merge(existing, other);
    combined.set(item, existing);
  }
  return combined;
}

function merge(into: RawResult, other: RawResult): void {
  into.score += other.score;
  for (const [term, fields] of other.match) into.match.set(term, fields);
  for (const term of other.terms) if (!into.terms.includes(term)) into.terms.push(term);
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
