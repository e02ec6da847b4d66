import MiniSearch from 'minisearch';
import type { Dataset, EntityKind, Evidence, MetaField } from '../dataset/model.js';
import { perGraph } from './per-graph.js';

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

/** The full-text index over entities, statements, positions and documents. */
export type SearchIndex = MiniSearch<SearchItem>;

/** Frequent English words that carry no meaning for a lookup ("Council for Peace" is about council and peace). */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with'.split(' '),
);

/**
 * Splits text into terms on white space, punctuation and symbols. Dotted acronyms stay one term
 * ("U.S." → "US", "U.N." → "UN"), so they can be found at all.
 */
export function tokenizeSearchText(text: string): string[] {
  return text
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (acronym) => acronym.replaceAll('.', ''))
    .split(/[\s\p{Z}\p{P}\p{S}]+/u)
    .filter((term) => term.length > 0);
}

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

/** The items of the index, one per entity, statement, position and document. */
export function searchItems(dataset: Dataset): SearchItem[] {
  const items: SearchItem[] = [];
  for (const e of dataset.entities) {
    items.push({
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
    items.push({
      id: s.id,
      type: 'statement',
      kind: null,
      quotes: quotesOf(s.evidence),
      qualifiers: join([q.role, q.characterization, q.note, ...q.areas]),
      value: s.value?.type === 'string' ? s.value.text : '',
    });
  }
  for (const p of dataset.positions) {
    items.push({ id: p.id, type: 'position', kind: null, summary: p.summary, quotes: quotesOf(p.evidence) });
  }
  for (const d of dataset.documents) {
    items.push({
      id: d.id,
      type: 'document',
      kind: null,
      title: metaValue(d.title) ?? '',
      metadata: join([metaValue(d.outlet), metaValue(d.author), metaValue(d.genre)]),
      text: d.text,
    });
  }
  return items;
}

/**
 * Builds the full-text index (minisearch, BM25+) over entity names, aliases, lookup aliases and
 * descriptions; statement quotes, qualifiers and string values; position summaries and quotes;
 * document titles, metadata and text. Queries use {@link searchIndexOf}, which builds it once per graph.
 */
export function buildSearchIndex(dataset: Dataset): SearchIndex {
  const index = new MiniSearch<SearchItem>({
    fields: SEARCH_FIELDS,
    storeFields: ['type', 'kind'],
    tokenize: tokenizeSearchText,
    processTerm: processSearchTerm,
  });
  index.addAll(searchItems(dataset));
  return index;
}

/** The search index of a knowledge graph, built on first use (a few milliseconds for the seeds) and then cached. */
export const searchIndexOf = perGraph((kg) => buildSearchIndex(kg.dataset));
