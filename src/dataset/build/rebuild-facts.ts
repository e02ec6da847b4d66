import type { z } from 'zod';
import type { SourceLocation } from '../model.js';
import type { Checker } from './checker.js';
import type { DatasetFile } from './dataset-files.js';
import { textEntries, type FileEntry } from './file-entries.js';
import { planEntryReuse, type EntryReusePlan } from './plan-entry-reuse.js';
import { yamlChunks, type YamlChunks } from './yaml-chunks.js';

/** A record kept by the dataset with where it was written: a statement or a position. */
interface FactRecord {
  readonly id: string;
  readonly source: SourceLocation;
}

/** How {@link rebuildFacts} reads and builds one kind of fact. */
export interface FactKind<S extends z.ZodType, R extends FactRecord> {
  readonly schema: S;
  /** Checks one entry (problems go to the checker) and builds its record. */
  readonly build: (raw: z.infer<S>, at: SourceLocation, entry: string) => R;
  /** Whether a previous record of unchanged text must be built again (it depends on records that changed). */
  readonly stale?: (record: R) => boolean;
}

/** The facts of one kind after an incremental build. */
export interface RebuiltFacts<R> {
  /** Every record, in file order, as a full build lists them. */
  readonly records: R[];
  /** Records whose content is new: built from a changed entry and unlike the one before. */
  readonly fresh: R[];
  /** How many previous records were not kept (removed, or replaced by a fresh one). */
  readonly dropped: number;
  /** Whether every entry read had valid YAML and passed its shape check (then problems found are those of building entries). */
  readonly readable: boolean;
}

/** Same content and place (plain data compared field by field): a rebuilt record equal to its previous one is kept as it was. */
function sameRecord(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameRecord((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** `record` at `line` (a kept entry the edit moved), frozen like the records a build makes. */
function moved<R extends FactRecord>(record: R, line: number): R {
  if (record.source.line === line) return record;
  return Object.freeze({ ...record, source: Object.freeze({ file: record.source.file, line }) });
}

/** The plan for `file` when its entries can be parsed in parts: what to keep of `before` (same path). */
function planFor<R extends FactRecord>(
  file: DatasetFile,
  chunks: YamlChunks | null,
  before: DatasetFile | undefined,
  records: readonly R[],
  stale: ((record: R) => boolean) | undefined,
): EntryReusePlan<R> | null {
  if (chunks === null) return null;
  const beforeChunks = before ? yamlChunks(before.text) : null;
  const plan =
    before && beforeChunks
      ? planEntryReuse({ text: before.text, chunks: beforeChunks }, records, { text: file.text, chunks })
      : { reuse: new Array<R | null>(chunks.starts.length).fill(null), counterpart: new Array<R | undefined>(chunks.starts.length) };
  if (plan === null || stale === undefined) return plan;
  plan.reuse.forEach((record, j) => {
    if (record !== null && stale(record)) {
      plan.reuse[j] = null;
      plan.counterpart[j] = record;
    }
  });
  return plan;
}

/** The entries the plan parses again, run by run of adjacent entries; null when a run does not give one entry per start. */
function parsePlanned<S extends z.ZodType>(
  check: Checker,
  file: DatasetFile,
  chunks: YamlChunks,
  reuse: ReadonlyArray<unknown>,
  schema: S,
): Map<number, FileEntry<z.infer<S>>> | null {
  const parsed = new Map<number, FileEntry<z.infer<S>>>();
  for (let j = 0; j < reuse.length; j++) {
    if (reuse[j] !== null) continue;
    let end = j + 1;
    while (end < reuse.length && reuse[end] === null) end++;
    const text = file.text.slice(chunks.starts[j], chunks.starts[end] ?? file.text.length);
    const issues = check.issues.length;
    const entries = textEntries(file.path, text, schema, check.issues, chunks.lines[j]);
    if (check.issues.length > issues) check.failedEntries++;
    else if (entries.length !== end - j) return null;
    entries.forEach((entry, k) => parsed.set(j + k, entry));
    j = end - 1;
  }
  return parsed;
}

/** Builds `entry`'s record (a shape problem goes to the checker); the counterpart when the record equals it. */
function built<S extends z.ZodType, R extends FactRecord>(
  check: Checker,
  kind: FactKind<S, R>,
  entry: FileEntry<z.infer<S>>,
  counterpart: R | undefined,
): R | null {
  if (!entry.ok) {
    for (const reason of entry.reasons) check.add(entry.at, entry.entry, reason);
    check.failedEntries++;
    return null;
  }
  const record = kind.build(entry.raw, entry.at, entry.entry);
  return counterpart !== undefined && sameRecord(record, counterpart) ? counterpart : record;
}

/** Adds the records of one changed file to `out`; the number of previous records kept. */
function rebuildFile<S extends z.ZodType, R extends FactRecord>(
  check: Checker,
  kind: FactKind<S, R>,
  file: DatasetFile,
  before: DatasetFile | undefined,
  records: readonly R[],
  out: { records: R[]; fresh: R[] },
): number {
  const chunks = yamlChunks(file.text);
  const plan = planFor(file, chunks, before, records, kind.stale);
  const parsed = plan && chunks ? parsePlanned(check, file, chunks, plan.reuse, kind.schema) : null;
  let kept = 0;
  if (!plan || !chunks || !parsed) {
    // The whole file parsed as a full build parses it; an entry rebuilt equal to the one at its index is kept.
    const issues = check.issues.length;
    const entries = textEntries(file.path, file.text, kind.schema, check.issues);
    if (check.issues.length > issues) check.failedEntries++;
    entries.forEach((entry, i) => {
      const record = built(check, kind, entry, entries.length === records.length ? records[i] : undefined);
      if (record === null) return;
      out.records.push(record);
      if (record === records[i]) kept++;
      else out.fresh.push(record);
    });
    return kept;
  }
  plan.reuse.forEach((previous, j) => {
    if (previous !== null) {
      out.records.push(moved(previous, chunks.lines[j] as number));
      kept++;
      return;
    }
    const entry = parsed.get(j);
    const record = entry ? built(check, kind, entry, plan.counterpart[j]) : null;
    if (record === null) return;
    out.records.push(record);
    if (record === plan.counterpart[j]) kept++;
    else out.fresh.push(record);
  });
  return kept;
}

/**
 * The facts of one kind (statements or positions) of `files`, given the `previous` records built
 * from `before` (the files of a valid dataset, in the same context: documents, entities and
 * predicates unchanged). Records of unchanged text are kept; the rest are parsed and built again.
 * Problems go to the checker (then the caller builds the dataset in full, for the exact list).
 */
export function rebuildFacts<S extends z.ZodType, R extends FactRecord>(
  check: Checker,
  kind: FactKind<S, R>,
  before: readonly DatasetFile[],
  previous: readonly R[],
  files: readonly DatasetFile[],
): RebuiltFacts<R> {
  const beforeByPath = new Map(before.map((f) => [f.path, f]));
  const byFile = new Map<string, R[]>();
  for (const record of previous) {
    const list = byFile.get(record.source.file);
    if (list) list.push(record);
    else byFile.set(record.source.file, [record]);
  }
  const out = { records: [] as R[], fresh: [] as R[] };
  const failed = check.failedEntries;
  let kept = 0;
  for (const file of files) {
    const old = beforeByPath.get(file.path);
    const records = byFile.get(file.path) ?? [];
    const unchanged = old?.text === file.text && (records.length > 0 || yamlChunks(file.text) === null);
    if (unchanged && (kind.stale === undefined || !records.some(kind.stale))) {
      for (const record of records) out.records.push(record);
      kept += records.length;
    } else {
      kept += rebuildFile(check, kind, file, old, records, out);
    }
  }
  return { ...out, dropped: previous.length - kept, readable: check.failedEntries === failed };
}
