import type { z } from 'zod';
import type { DatasetIssue } from '../../errors.js';
import type { CuratedFileKind } from '../curated-json-schemas.js';
import type { EntryCache } from '../entry-cache.js';
import type { SourceLocation, TimeValue } from '../model.js';
import type { DatasetFile } from './dataset-files.js';
import { fileEntries } from './file-entries.js';

/** A valid entry of a curated file, with where it was written and its name (id or `#n`). */
export interface Parsed<T> {
  readonly raw: T;
  readonly at: SourceLocation;
  readonly entry: string;
}

/**
 * The state every part of a load shares: the problems found so far, the ids claimed, the entries
 * that could not be loaded, and the shared frozen times. Every problem is collected; a load that
 * found any throws them all at the end.
 */
export class Checker {
  readonly issues: DatasetIssue[] = [];
  /** Parsed times by value (and reason, when inferred). */
  readonly times = new Map<string, TimeValue>();
  /**
   * Ids of entries that are written but could not be loaded (a shape problem, a missing file):
   * references to them are not reported again, so one mistake gives one problem, not one per
   * reference.
   */
  readonly broken = new Set<string>();
  /** Entries dropped for a shape problem so far. */
  failedEntries = 0;
  /** Where {@link add} puts issues while {@link forEachEntry} runs (see there); null otherwise. */
  private deferred: DatasetIssue[] | null = null;
  /** Where each id was first defined. */
  private readonly ids = new Map<string, SourceLocation>();

  constructor(private readonly cache: EntryCache | null = null) {}

  add(where: SourceLocation, entry: string | null, reason: string): void {
    (this.deferred ?? this.issues).push({ file: where.file, line: where.line, entry, reason });
  }

  /** Claims `id` for the entry at `at`; false (and a problem) when another entry has it. */
  claimId(id: string, at: SourceLocation): boolean {
    const first = this.ids.get(id);
    if (first) {
      this.add(at, id, `duplicate id: already defined at ${first.file}${first.line === null ? '' : `:${first.line}`}`);
      return false;
    }
    this.ids.set(id, at);
    return true;
  }

  /**
   * Hands each valid entry of `files` (of `kind`, checked with `schema`) to `each`, one file at a
   * time; entries that fail are reported and dropped, and given to `invalid` (to report their
   * references). Handling a file's entries before reading the next keeps the parsed YAML of a
   * million statements from being alive all at once. Issues `each` adds are reported after every
   * parse problem of `files`, so the order of issues is the same as when all files are parsed first.
   */
  forEachEntry<S extends z.ZodType>(
    files: readonly DatasetFile[],
    kind: CuratedFileKind,
    schema: S,
    each: (raw: z.infer<S>, at: SourceLocation, entry: string) => void,
    invalid?: (value: unknown, at: SourceLocation, entry: string) => void,
  ): void {
    const outer = this.deferred;
    const deferred: DatasetIssue[] = [];
    for (const file of files) {
      for (const item of fileEntries(file, kind, schema, this.issues, this.cache)) {
        if (!item.ok) {
          for (const reason of item.reasons) this.issues.push({ file: item.at.file, line: item.at.line, entry: item.entry, reason });
          this.failedEntries++;
          if (!item.entry.startsWith('#')) this.broken.add(item.entry);
        }
        this.deferred = deferred;
        try {
          if (item.ok) each(item.raw, item.at, item.entry);
          else invalid?.(item.value, item.at, item.entry);
        } finally {
          this.deferred = outer;
        }
      }
    }
    const target = outer ?? this.issues;
    for (const issue of deferred) target.push(issue);
  }

  /** The valid entries of `files`, all at once (for the few small files other parts look up). */
  parseAll<S extends z.ZodType>(files: readonly DatasetFile[], kind: CuratedFileKind, schema: S): Array<Parsed<z.infer<S>>> {
    const out: Array<Parsed<z.infer<S>>> = [];
    this.forEachEntry(files, kind, schema, (raw, at, entry) => out.push({ raw, at, entry }));
    return out;
  }
}
