import type { Dataset, EntityKind, Evidence, MetaField } from '../dataset/model.js';

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

/** The result types whose items have each field (see {@link searchItemAt}): a field's postings are only of these types. */
export const SEARCH_FIELD_TYPES: Readonly<Record<SearchField, readonly SearchResultType[]>> = {
  name: ['entity'],
  aliases: ['entity'],
  lookupAliases: ['entity'],
  description: ['entity'],
  quotes: ['statement', 'position'],
  qualifiers: ['statement'],
  value: ['statement'],
  summary: ['position'],
  title: ['document'],
  metadata: ['document'],
  text: ['document'],
};

/** One indexed item: an entity, statement, position or document, with its text per field. */
export type SearchItem = { readonly id: string; readonly type: SearchResultType; readonly kind: EntityKind | null } & Partial<
  Record<SearchField, string>
>;

const join = (parts: ReadonlyArray<string | null | undefined>): string => parts.filter((p) => p !== null && p !== undefined).join(' \n ');
const quotesOf = (evidence: readonly Evidence[]): string => join([...new Set(evidence.map((e) => e.quote))]);
const metaValue = (field: MetaField | null): string | null => field?.value ?? null;

/** Number of items a dataset has in the index: one per entity, statement, position and document. */
export function searchItemCount(dataset: Dataset): number {
  return dataset.entities.length + dataset.statements.length + dataset.positions.length + dataset.documents.length;
}

/** Item `i` of the index: entities first, then statements, positions and documents, each in dataset order. */
export function searchItemAt(dataset: Dataset, i: number): SearchItem {
  const { entities, statements, positions, documents } = dataset;
  if (i < entities.length) {
    const e = entities[i] as (typeof entities)[number];
    return {
      id: e.id,
      type: 'entity',
      kind: e.kind,
      name: e.name,
      aliases: join(e.aliases.filter((a) => a !== e.name)),
      lookupAliases: join(e.lookupAliases),
      description: e.description ?? '',
    };
  }
  i -= entities.length;
  if (i < statements.length) {
    const s = statements[i] as (typeof statements)[number];
    const q = s.qualifiers;
    return {
      id: s.id,
      type: 'statement',
      kind: null,
      quotes: quotesOf(s.evidence),
      qualifiers: join([q.role, q.characterization, q.note, ...q.areas]),
      value: s.value?.type === 'string' ? s.value.text : '',
    };
  }
  i -= statements.length;
  if (i < positions.length) {
    const p = positions[i] as (typeof positions)[number];
    return { id: p.id, type: 'position', kind: null, summary: p.summary, quotes: quotesOf(p.evidence) };
  }
  const d = documents[i - positions.length] as (typeof documents)[number];
  return {
    id: d.id,
    type: 'document',
    kind: null,
    title: metaValue(d.title) ?? '',
    metadata: join([metaValue(d.outlet), metaValue(d.author), metaValue(d.genre)]),
    text: d.text,
  };
}

/** The items of the index, one per entity, statement, position and document. */
export function searchItems(dataset: Dataset): SearchItem[] {
  return Array.from({ length: searchItemCount(dataset) }, (_, i) => searchItemAt(dataset, i));
}
