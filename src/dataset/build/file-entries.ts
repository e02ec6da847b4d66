import type { z } from 'zod';
import type { DatasetIssue } from '../../errors.js';
import type { CuratedFileKind } from '../curated-json-schemas.js';
import { explainShapeIssues } from '../diagnostics/explain-shape-issues.js';
import { entryCacheKey, type CachedEntry, type EntryCache } from '../entry-cache.js';
import type { SourceLocation } from '../model.js';
import { readYamlEntries, type YamlEntry } from '../read-yaml-entries.js';
import type { DatasetFile } from './dataset-files.js';

/** An entry of a curated file: accepted by its schema (`raw`), or not (`value` and the reasons). */
export type FileEntry<T> =
  | { readonly ok: true; readonly raw: T; readonly at: SourceLocation; readonly entry: string }
  | {
      readonly ok: false;
      readonly value: unknown;
      readonly at: SourceLocation;
      readonly entry: string;
      readonly reasons: readonly string[];
    };

function entryName(item: YamlEntry): string {
  const id = (item.value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : `#${item.index + 1}`;
}

function fromCache<T>(file: string, cached: readonly CachedEntry[]): Array<FileEntry<T>> {
  return cached.map(({ raw, line, entry }) => ({ ok: true, raw: raw as T, at: Object.freeze({ file, line }), entry }));
}

/**
 * The entries of `text`, a curated YAML list (a whole file, or a run of its entries starting at
 * line `firstLine` of `path`), each checked with `schema`. YAML problems go to `issues`.
 */
export function textEntries<S extends z.ZodType>(
  path: string,
  text: string,
  schema: S,
  issues: DatasetIssue[],
  firstLine = 1,
): Array<FileEntry<z.infer<S>>> {
  return readYamlEntries(path, text, issues).map((item): FileEntry<z.infer<S>> => {
    const entry = entryName(item);
    const line = item.line === null ? null : item.line + firstLine - 1;
    const at: SourceLocation = Object.freeze({ file: item.file, line });
    const parsed = schema.safeParse(item.value);
    if (parsed.success) return { ok: true, raw: parsed.data, at, entry };
    return { ok: false, value: item.value, at, entry, reasons: explainShapeIssues(schema, item.value, parsed.error.issues) };
  });
}

/**
 * The entries of one curated file, parsed with the `yaml` library and checked with the zod schema
 * of its kind — the one definition of the format. YAML problems go to `issues`. With a `cache`, a
 * file whose content key is stored is not parsed again, and a file without problems is stored.
 */
export function fileEntries<S extends z.ZodType>(
  file: DatasetFile,
  kind: CuratedFileKind,
  schema: S,
  issues: DatasetIssue[],
  cache: EntryCache | null,
): Array<FileEntry<z.infer<S>>> {
  const key = cache ? entryCacheKey(kind, file.text) : null;
  const cached = key === null ? undefined : cache?.get(key);
  if (cached) return fromCache(file.path, cached);
  const before = issues.length;
  const entries = textEntries(file.path, file.text, schema, issues);
  if (key !== null && issues.length === before && entries.every((e) => e.ok)) {
    cache?.set(
      key,
      entries.map((e) => ({ raw: e.ok ? e.raw : null, line: e.at.line, entry: e.entry })),
    );
  }
  return entries;
}
