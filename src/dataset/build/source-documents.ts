import { createHash } from 'node:crypto';
import { didYouMean } from '../diagnostics/nearest-names.js';
import type { SearchableDocument } from '../locate-quote.js';
import { normalizeText } from '../normalized-text.js';
import { rawDocumentSchema, type RawDocument } from '../raw-schema.js';
import { splitParagraphs } from '../text-structure.js';
import type { Checker, Parsed } from './checker.js';
import type { DatasetFiles } from './dataset-files.js';

/** The documents of a dataset as the loader searches them, and their `documents.yaml` entries. */
export interface SourceDocuments {
  readonly entries: ReadonlyArray<Parsed<RawDocument>>;
  /** By document id: the text, normalised for quote search, with its paragraphs. */
  readonly searchable: ReadonlyMap<string, SearchableDocument>;
  /** Whether an entry or a file failed: then "occurs in no document" would be a consequence, not a problem. */
  readonly incomplete: boolean;
}

/** Checks that an entry's file exists (suggesting the likely one) and is not edited; its text when it does. */
function entryText(check: Checker, files: DatasetFiles, entries: ReadonlyArray<Parsed<RawDocument>>, excused: Set<string>) {
  return ({ raw, at, entry }: Parsed<RawDocument>): string | null => {
    const file = files.texts.get(raw.file);
    if (!file) {
      const unclaimed = [...files.texts.keys()].filter((name) => !entries.some((d) => d.raw.file === name));
      const only = unclaimed.length === 1 ? ` (the only file without an entry is "${unclaimed[0] as string}")` : '';
      const hint = didYouMean(raw.file, unclaimed) || only;
      // The likely intended file is not reported again as having no entry.
      const intended = /"([^"]+)"/.exec(hint)?.[1];
      if (intended !== undefined) excused.add(intended);
      check.add(at, entry, `file: documents/${raw.file} does not exist${hint}`);
      check.broken.add(raw.id);
      return null;
    }
    if (raw.sha256 !== undefined) {
      const actual = createHash('sha256').update(file.text).digest('hex');
      if (actual !== raw.sha256)
        check.add(
          at,
          entry,
          `sha256: documents/${raw.file} has changed since it was added (its sha256 is now ${actual}); source documents are never edited`,
        );
    }
    return file.text;
  };
}

/** Reads `documents.yaml`, checks each entry against the texts in `documents/`, and prepares the texts for quote search. */
export function sourceDocuments(check: Checker, files: DatasetFiles): SourceDocuments {
  if (!files.documentsYaml) check.add({ file: 'documents.yaml', line: null }, null, 'file is missing');
  const entries = check.parseAll(files.documentsYaml ? [files.documentsYaml] : [], 'documents', rawDocumentSchema);
  let incomplete = check.failedEntries > 0;
  const searchable = new Map<string, SearchableDocument>();
  const usedFiles = new Set<string>();
  const excused = new Set<string>();
  const textOf = entryText(check, files, entries, excused);
  for (const item of entries) {
    if (!check.claimId(item.raw.id, item.at)) continue;
    const text = textOf(item);
    if (text === null) {
      incomplete = true;
      continue;
    }
    if (usedFiles.has(item.raw.file)) check.add(item.at, item.entry, `file: documents/${item.raw.file} is described twice`);
    usedFiles.add(item.raw.file);
    searchable.set(item.raw.id, { id: item.raw.id, text, normalized: normalizeText(text), paragraphs: splitParagraphs(text) });
  }
  for (const name of files.texts.keys()) {
    if (!usedFiles.has(name) && !excused.has(name) && entries.length > 0) {
      check.add({ file: `documents/${name}`, line: null }, null, 'document has no entry in documents.yaml');
    }
  }
  return { entries, searchable, incomplete };
}
