import { DatasetError } from '../errors.js';
import { checkEntityYears } from './check-entity-years.js';
import { computeMentions } from './compute-mentions.js';
import { deepFreeze } from './deep-freeze.js';
import type { EntryCache } from './entry-cache.js';
import type { Dataset } from './model.js';
import { Checker } from './build/checker.js';
import { coverageNotes } from './build/coverage-notes.js';
import type { DatasetFiles } from './build/dataset-files.js';
import { datasetVersion } from './build/dataset-version.js';
import { documentRecords } from './build/document-records.js';
import { loadEntities } from './build/entities.js';
import { evidenceLocator } from './build/evidence-locator.js';
import { loadPositions } from './build/positions.js';
import { loadPredicates } from './build/predicates.js';
import { References } from './build/references.js';
import { sourceDocuments } from './build/source-documents.js';
import { loadStatements, type FactContext } from './build/statements.js';

/** How {@link buildDataset} works. */
export interface BuildDatasetOptions {
  /** Parsed, shape-checked entries of unchanged files are taken from here (and new ones stored). Default: none. */
  readonly cache?: EntryCache | null;
}

/**
 * Validates the raw files and builds the immutable {@link Dataset}, one record kind after another
 * over a shared {@link Checker}. Every problem is collected; if there is any, a
 * {@link DatasetError} listing all of them is thrown and nothing is returned.
 */
export function buildDataset(files: DatasetFiles, options: BuildDatasetOptions = {}): Dataset {
  return buildVersionedDataset(files, options, datasetVersion(files));
}

/** {@link buildDataset} with the dataset version already computed (`loadDataset` needs it first, to look for a snapshot). */
export function buildVersionedDataset(files: DatasetFiles, options: BuildDatasetOptions, version: string): Dataset {
  const check = new Checker(options.cache ?? null);
  const documents = sourceDocuments(check, files);
  const locate = evidenceLocator(check, documents.searchable);
  const predicates = loadPredicates(check, files);
  const { entities, aliasOwner, aliasNeedles, aliasOccurrences } = loadEntities(check, files, documents);
  const refs = new References(check, entities, predicates, documents.searchable, aliasOwner);
  const records = documentRecords(check, documents, refs, locate);
  const ctx: FactContext = { check, refs, locate, documentById: new Map(records.map((d) => [d.id, d])) };
  const loaded = loadStatements(ctx, files);
  const positions = loadPositions(ctx, files, loaded);
  const factIds = new Set<string>([...loaded.statements.map((x) => x.id), ...positions.map((x) => x.id)]);
  for (const { at, entry, from } of loaded.inferredFromChecks) {
    if (!factIds.has(from) && loaded.complete) check.add(at, entry, `inferredFrom: unknown statement or position ${from}`);
  }
  const { excusedParagraphs, excusedNames } = coverageNotes(check, files, locate);
  const searchable = [...documents.searchable.values()];
  const entityList = [...entities.values()];
  const mentions = computeMentions(searchable, entityList, { needles: aliasNeedles, perDocument: aliasOccurrences });
  checkEntityYears(check, entityList, mentions, documents.searchable);
  if (check.issues.length > 0) throw new DatasetError(check.issues);
  return deepFreeze({
    version,
    directory: files.directory,
    documents: records,
    entities: entityList,
    predicates: [...predicates.values()],
    statements: loaded.statements,
    positions,
    mentions,
    excusedParagraphs,
    excusedNames,
  });
}
