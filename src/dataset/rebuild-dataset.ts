import { buildVersionedDataset, type BuildDatasetOptions } from './build-dataset.js';
import { checkFreshFacts } from './build/check-fresh-facts.js';
import { Checker } from './build/checker.js';
import type { DatasetFile, DatasetFiles } from './build/dataset-files.js';
import { datasetVersion } from './build/dataset-version.js';
import { evidenceLocator } from './build/evidence-locator.js';
import { buildPosition } from './build/positions.js';
import { rebuildFacts } from './build/rebuild-facts.js';
import { References } from './build/references.js';
import { searchableDocuments } from './build/searchable-documents.js';
import { buildStatement, type FactContext } from './build/statements.js';
import { deepFreeze } from './deep-freeze.js';
import { DatasetError } from '../errors.js';
import type { Dataset, Entity, Position, Statement } from './model.js';
import { normalizeAlias } from './normalize-alias.js';
import { rawPositionSchema, rawStatementSchema } from './raw-schema.js';

/** A valid dataset and the files it was built from: where {@link rebuildDataset} starts. */
export interface BuiltDataset {
  readonly dataset: Dataset;
  readonly files: DatasetFiles;
}

const sameFile = (a: DatasetFile | null | undefined, b: DatasetFile | null | undefined): boolean =>
  (a ?? null) === (b ?? null) || (!!a && !!b && a.path === b.path && a.text === b.text);

const sameFiles = (a: readonly DatasetFile[], b: readonly DatasetFile[]): boolean =>
  a.length === b.length && a.every((file, i) => sameFile(file, b[i]));

/** Whether everything but the statements and positions is as before: documents, their texts, predicates, entities, coverage notes. */
function sameContext(a: DatasetFiles, b: DatasetFiles): boolean {
  if (a.directory !== b.directory || !sameFile(a.documentsYaml, b.documentsYaml) || !sameFile(a.coverage, b.coverage)) return false;
  if (!sameFiles(a.vocabulary, b.vocabulary) || !sameFiles(a.entities, b.entities) || a.texts.size !== b.texts.size) return false;
  for (const [name, file] of a.texts) if (!sameFile(file, b.texts.get(name))) return false;
  return true;
}

/** The entity each normalised alias names, as `loadEntities` claims them (a valid dataset has no alias claimed twice). */
function aliasOwners(entities: readonly Entity[]): Map<string, { readonly entity: string }> {
  const owners = new Map<string, { readonly entity: string }>();
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases, ...entity.lookupAliases]) {
      const normalized = normalizeAlias(alias);
      if (normalized.length > 0 && !owners.has(normalized)) owners.set(normalized, { entity: entity.id });
    }
  }
  return owners;
}

/** What statements and positions are checked against, taken from a built dataset. */
function factContext(check: Checker, dataset: Dataset): FactContext {
  const documentById = new Map(dataset.documents.map((d) => [d.id, d]));
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const predicates = new Map(dataset.predicates.map((p) => [p.id, p]));
  // Alias owners only hint at the intended entity in a problem: gathered if one is reported.
  let owners: Map<string, { readonly entity: string }> | null = null;
  const aliasOwner = { get: (normalized: string) => (owners ??= aliasOwners(dataset.entities)).get(normalized) };
  const refs = new References(check, entities, predicates, documentById, aliasOwner);
  return { check, refs, locate: evidenceLocator(check, searchableDocuments(dataset.documents)), documentById };
}

/**
 * Statements and positions of `files` built again where their text changed. Throws the problems
 * when they are all problems of changed entries, each found by building it as a full build does
 * (then they are a full build's, in its order: statements, then positions, each in file order);
 * null for any other problem (YAML, shape, or across entries), which a full build must list.
 */
function rebuildFactsOf(previous: BuiltDataset, files: DatasetFiles, version: string): Dataset | null {
  const { dataset } = previous;
  const check = new Checker(null);
  const ctx = factContext(check, dataset);
  const statements = rebuildFacts(
    check,
    { schema: rawStatementSchema, build: (raw, at, entry) => buildStatement(ctx, { check, at, entry }, raw) },
    previous.files.statements,
    dataset.statements,
    files.statements,
  );
  const statementsChanged = statements.fresh.length > 0 || statements.dropped > 0;
  let index: Map<string, Statement> | null = null;
  const statementById = (id: string): Statement | undefined => (index ??= new Map(statements.records.map((s) => [s.id, s]))).get(id);
  const loaded = { statements: statements.records, complete: true, inferredFromChecks: [] };
  const positions = rebuildFacts<typeof rawPositionSchema, Position>(
    check,
    {
      schema: rawPositionSchema,
      build: (raw, at, entry) => buildPosition(ctx, statementById, loaded, raw, at, entry),
      // A date taken from a statement is taken again when statements changed.
      ...(statementsChanged ? { stale: (p) => p.date?.derivedFrom?.startsWith('statement:') === true } : {}),
    },
    previous.files.positions,
    dataset.positions,
    files.positions,
  );
  const found = check.issues.length;
  checkFreshFacts(check, dataset, {
    statements: statements.records,
    positions: positions.records,
    freshStatements: statements.fresh,
    freshPositions: positions.fresh,
    dropped: statements.dropped > 0 || positions.dropped > 0,
  });
  if (check.issues.length > 0) {
    if (statements.readable && positions.readable && check.issues.length === found) throw new DatasetError(check.issues);
    return null;
  }
  return withFacts(dataset, version, files.directory, statements.records, positions.records);
}

/** How the mentions of a dataset made by {@link withFacts} are read: the first dataset's own way, not through each one since. */
const mentionReaders = new WeakMap<Dataset, (this: void) => Dataset['mentions']>();

/** Reads `dataset`'s mentions when called (a getter of a snapshot's dataset reads them when first used), without keeping `dataset`. */
function mentionsOf(dataset: Dataset): (this: void) => Dataset['mentions'] {
  // A snapshot's getter is a closure over its unread lines: it needs no `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- see above
  const getter = Object.getOwnPropertyDescriptor(dataset, 'mentions')?.get as ((this: void) => Dataset['mentions']) | undefined;
  const reader = mentionReaders.get(dataset) ?? getter;
  if (reader) return reader;
  const mentions = dataset.mentions;
  return () => mentions;
}

/**
 * `previous` with new statements and positions (and version), frozen. Its other parts are taken as
 * they are, unread: a part a snapshot reads when first used (the mentions) stays so.
 */
function withFacts(previous: Dataset, version: string, directory: string, statements: Statement[], positions: Position[]): Dataset {
  const mentions = mentionsOf(previous);
  const dataset = {
    version,
    directory,
    documents: previous.documents,
    entities: previous.entities,
    predicates: previous.predicates,
    statements: deepFreeze(statements),
    positions: deepFreeze(positions),
    get mentions(): Dataset['mentions'] {
      return mentions();
    },
    excusedParagraphs: previous.excusedParagraphs,
    excusedNames: previous.excusedNames,
  } satisfies Dataset;
  mentionReaders.set(dataset, mentions);
  return Object.freeze(dataset);
}

/**
 * Builds the dataset of `files` as {@link buildDataset} does (the same records, or the same
 * problems in the same order), starting from `previous`: when only statements and positions
 * changed, the records of entries whose text did not change are kept (their quotes are not
 * searched again), and only changed entries are parsed and checked, then the checks across entries
 * (ids, duplicate statements, `inferredFrom`, positions dated by a statement). Problems of the
 * changed entries alone are thrown as found; anything else changed, or any other problem, and it
 * builds the dataset in full (throwing {@link DatasetError}).
 */
export function rebuildDataset(previous: BuiltDataset | null, files: DatasetFiles, options: BuildDatasetOptions = {}): Dataset {
  const version = datasetVersion(files);
  if (previous !== null && previous.dataset.version === version && previous.dataset.directory === files.directory) return previous.dataset;
  const rebuilt = previous !== null && sameContext(previous.files, files) ? rebuildFactsOf(previous, files, version) : null;
  return rebuilt ?? buildVersionedDataset(files, options, version);
}
