import type { EntityKind } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { SEARCH_FIELDS, processSearchTerm, tokenizeSearchText, type SearchField, type SearchResultType } from './search-index.js';
import { searchIndexOf } from './search-index-of.js';

/** Most results `search` returns, whatever `first` asks. */
const MAX_SEARCH_RESULTS = 100;
const DEFAULT_SEARCH_RESULTS = 10;
/** Longest query `search` accepts, in characters. */
export const MAX_SEARCH_QUERY_CHARS = 500;
/** Most searchable terms (stop words aside) in one query. */
export const MAX_SEARCH_TERMS = 16;
/** Default fuzziness: an edit distance of 20% of a term's length (1 edit for 5 to 7 letters). */
const DEFAULT_FUZZY = 0.2;

/** The fields a result matched in, and which of its indexed terms matched there. */
export interface SearchMatch {
  readonly field: SearchField;
  /** The result's own terms that matched, normalised (lower case, no diacritics): "tokayev" for the query "Tokaev". */
  readonly terms: readonly string[];
}

/** A ranked search result. */
export interface SearchHit {
  readonly type: SearchResultType;
  /** The entity, statement, position or document id. */
  readonly id: string;
  /** BM25+ relevance, weighted by field; higher is better. Comparable within one search only. */
  readonly score: number;
  /** In the order of {@link SEARCH_FIELDS}. */
  readonly matches: readonly SearchMatch[];
}

export interface SearchOptions {
  /** Result types to return; default all, or only entities when `kinds` is given. */
  readonly types?: readonly SearchResultType[] | null;
  /** Entity results only of these kinds. */
  readonly kinds?: readonly EntityKind[] | null;
  /** Let query terms of 3 letters or more match as prefixes ("tung" finds "tungsten"). Default true. */
  readonly prefix?: boolean | null;
  /**
   * Let query terms of 5 letters or more match with edit distance up to this fraction of their
   * length, from 0 (off) to 1. Default {@link DEFAULT_FUZZY}. Prefix and fuzzy matches score less
   * than exact ones.
   */
  readonly fuzzy?: number | null;
  /** Require every term (`and`) or any term (`or`, default; results with more terms rank higher). */
  readonly combineWith?: 'and' | 'or' | null;
  /** How many results, 1 to {@link MAX_SEARCH_RESULTS} (capped); default {@link DEFAULT_SEARCH_RESULTS}. */
  readonly first?: number | null;
  /**
   * Asked between steps of the work (each query term's expansion, every few thousand postings):
   * once it returns true the search stops with an `InterruptedError`. A server passes its
   * execution deadline here; the graph layer knows nothing of servers.
   */
  readonly shouldStop?: (() => boolean) | null;
}

const ALL_TYPES: readonly SearchResultType[] = ['entity', 'statement', 'position', 'document'];

/**
 * Ranked full-text search (BM25+, see `SearchIndex`) over entities, statements,
 * positions and documents, with prefix and fuzzy matching. Case and diacritics are ignored; stop
 * words are dropped. Best first; ties by id. An empty query, one without a searchable term (only
 * stop words or punctuation), one longer than {@link MAX_SEARCH_QUERY_CHARS} characters or with more
 * than {@link MAX_SEARCH_TERMS} terms, a `fuzzy` outside 0..1 or a `first` below 1 throw an
 * {@link InvalidArgumentError}: the work a search does is bounded by its terms and their expansions.
 */
export function search(kg: KnowledgeGraph, query: string, options: SearchOptions = {}): SearchHit[] {
  if (query.trim().length === 0) throw new InvalidArgumentError('query must not be empty');
  if (query.length > MAX_SEARCH_QUERY_CHARS) {
    throw new InvalidArgumentError(`query must be at most ${MAX_SEARCH_QUERY_CHARS} characters, got ${query.length}`);
  }
  const terms = tokenizeSearchText(query)
    .map(processSearchTerm)
    .filter((t) => t !== null);
  if (terms.length === 0) throw new InvalidArgumentError(`query "${query}" has no searchable term (only stop words or punctuation)`);
  if (terms.length > MAX_SEARCH_TERMS) {
    throw new InvalidArgumentError(`query must have at most ${MAX_SEARCH_TERMS} searchable terms, got ${terms.length}`);
  }
  const fuzzy = options.fuzzy ?? DEFAULT_FUZZY;
  if (!Number.isFinite(fuzzy) || fuzzy < 0 || fuzzy > 1) throw new InvalidArgumentError(`fuzzy must be from 0 to 1, got ${fuzzy}`);
  const first = options.first ?? DEFAULT_SEARCH_RESULTS;
  if (!Number.isInteger(first) || first < 1) throw new InvalidArgumentError(`first must be a positive integer, got ${first}`);
  const prefix = options.prefix ?? true;
  const kinds = options.kinds && options.kinds.length > 0 ? new Set<string>(options.kinds) : null;
  const types = new Set<string>(options.types && options.types.length > 0 ? options.types : kinds ? ['entity'] : ALL_TYPES);

  const results = searchIndexOf(kg).search(query, {
    prefix: (term) => prefix && term.length >= 3,
    fuzzy: (term) => (fuzzy > 0 && term.length >= 5 ? fuzzy : false),
    combineWith: options.combineWith === 'and' ? 'AND' : 'OR',
    filter: (type, kind) => types.has(type) && (type !== 'entity' || kinds === null || kinds.has(kind as string)),
    first: Math.min(first, MAX_SEARCH_RESULTS),
    shouldStop: options.shouldStop ?? undefined,
  });
  return results.map((r) => {
    const byField = new Map<SearchField, string[]>();
    for (const [term, fields] of r.match) {
      for (const field of fields) byField.set(field, [...(byField.get(field) ?? []), term]);
    }
    return {
      type: r.type,
      id: r.id,
      score: r.score,
      matches: SEARCH_FIELDS.filter((f) => byField.has(f)).map((field) => ({ field, terms: (byField.get(field) ?? []).sort() })),
    };
  });
}
