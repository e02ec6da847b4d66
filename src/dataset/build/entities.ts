import { findAliasOccurrences } from '../find-alias-occurrences.js';
import type { SearchableDocument } from '../locate-quote.js';
import type { Entity, SourceLocation } from '../model.js';
import { normalizeAlias } from '../normalize-alias.js';
import { normalizeQuote } from '../normalized-text.js';
import { rawEntitySchema, type RawEntity } from '../raw-schema.js';
import type { Checker } from './checker.js';
import type { DatasetFiles } from './dataset-files.js';
import type { SourceDocuments } from './source-documents.js';
import { NONE } from '../none.js';

/** The entities of a dataset, with what the rest of the load needs of their aliases. */
export interface LoadedEntities {
  readonly entities: ReadonlyMap<string, Entity>;
  /** Entity and written form of each normalised alias. */
  readonly aliasOwner: ReadonlyMap<string, { readonly entity: string; readonly alias: string }>;
  /** Every alias that occurs in a document, normalised as quotes are: the needles of the mentions. */
  readonly aliasNeedles: readonly string[];
  /** Per document (in `searchable` order): where the needles occur. */
  readonly aliasOccurrences: ReturnType<typeof findAliasOccurrences>;
}

/** A country's id is derived from its ISO 3166-1 alpha-2 code. */
function checkCountry(check: Checker, at: SourceLocation, entry: string, raw: RawEntity): void {
  const iso2 = raw.attributes?.['iso2'];
  if (!iso2 || !/^[A-Z]{2}$/.test(iso2)) check.add(at, entry, 'attributes.iso2: a country needs its ISO 3166-1 alpha-2 code');
  else if (raw.id !== `country:${iso2.toLowerCase()}`) check.add(at, entry, `id must be country:${iso2.toLowerCase()} for iso2 ${iso2}`);
}

/** Claims every alias of `raw` (name, aliases, lookup aliases) for it; an alias another entity has is a problem. */
function claimAliases(
  check: Checker,
  at: SourceLocation,
  entry: string,
  raw: RawEntity,
  owners: Map<string, { entity: string; alias: string }>,
): void {
  const seen = new Set<string>();
  for (const alias of [raw.name, ...raw.aliases, ...(raw.lookupAliases ?? [])]) {
    const normalized = normalizeAlias(alias);
    if (normalized.length === 0 || seen.has(normalized)) continue;
    seen.add(normalized);
    const owner = owners.get(normalized);
    if (owner && owner.entity !== raw.id)
      check.add(at, entry, `alias "${alias}" is already claimed by ${owner.entity} (as "${owner.alias}")`);
    else owners.set(normalized, { entity: raw.id, alias });
  }
}

/**
 * The entities of `entities/*.yaml`. One scan per document finds every alias of every entity
 * (instead of alias × document searches); the same occurrences then give the mentions.
 */
export function loadEntities(check: Checker, files: DatasetFiles, documents: SourceDocuments): LoadedEntities {
  const rawEntities = check.parseAll(files.entities, 'entities', rawEntitySchema);
  const searchable: SearchableDocument[] = [...documents.searchable.values()];
  const aliasNeedles = [...new Set(rawEntities.flatMap(({ raw }) => raw.aliases.map(normalizeQuote)))];
  const aliasOccurrences = findAliasOccurrences(
    searchable.map((d) => d.normalized.text),
    aliasNeedles,
  );
  const occurring = new Set<string>();
  for (const found of aliasOccurrences) for (const n of found.needle) occurring.add(aliasNeedles[n] as string);
  const entities = new Map<string, Entity>();
  const aliasOwner = new Map<string, { entity: string; alias: string }>();
  for (const { raw, at, entry } of rawEntities) {
    if (!check.claimId(raw.id, at)) continue;
    const prefix = raw.id.slice(0, raw.id.indexOf(':'));
    if (prefix !== raw.kind) check.add(at, entry, `id prefix "${prefix}" does not match kind "${raw.kind}"`);
    if (raw.kind === 'country') checkCountry(check, at, entry, raw);
    for (const alias of raw.aliases) {
      if (!documents.incomplete && !occurring.has(normalizeQuote(alias))) {
        check.add(at, entry, `alias "${alias}" occurs in no document (move it to lookupAliases if it is only for lookups)`);
      }
    }
    claimAliases(check, at, entry, raw, aliasOwner);
    entities.set(raw.id, {
      id: raw.id,
      kind: raw.kind,
      name: raw.name,
      aliases: raw.aliases,
      lookupAliases: raw.lookupAliases ?? NONE,
      description: raw.description ?? null,
      attributes: raw.attributes ?? {},
      source: at,
    });
  }
  return { entities, aliasOwner, aliasNeedles, aliasOccurrences };
}
