import { createHash } from 'node:crypto';
import { curatedJsonSchema, type CuratedFileKind } from './curated-json-schemas.js';

/** One entry of a curated file as the loader accepted its shape: the schema's output, where it was written, its name. */
export interface CachedEntry {
  /** The entry as the zod schema of its file kind returned it (plain JSON data). */
  readonly raw: unknown;
  readonly line: number | null;
  /** Its id, or `#n` (1-based position in the file) when it has none. */
  readonly entry: string;
}

/**
 * Where the loader keeps the parsed, shape-checked entries of curated files, by content key
 * ({@link entryCacheKey}): a file whose text has not changed is not parsed or shape-checked again.
 * Only files without any problem are stored. Cross-file checks (references, quotes, times) always
 * run. The dataset layer defines the store; the adapters choose where it lives
 * (`directoryEntryCache`).
 */
export interface EntryCache {
  get(key: string): readonly CachedEntry[] | undefined;
  set(key: string, entries: readonly CachedEntry[]): void;
  /**
   * The snapshot of a validated dataset by its version (`loadDataset` reads it instead of
   * validating again): its bytes, whole or in chunks read as they are consumed.
   */
  getSnapshot?(version: string): Buffer | Iterable<Buffer> | undefined;
  setSnapshot?(version: string, bytes: Buffer): void;
  /**
   * The stamp of a dataset directory's sources (opaque text, see `sourcesVersion`): the version
   * last hashed from them and their file stats then, so that unchanged sources are not read again
   * to find their snapshot. By the directory's absolute path.
   */
  getSourcesStamp?(directory: string): string | undefined;
  setSourcesStamp?(directory: string, stamp: string): void;
}

/** Bumped when what is stored changes shape, or when a schema's transforms change without its JSON Schema changing. */
const CACHE_FORMAT = 'diplomacy-graph entry cache 1';

const fingerprints = new Map<CuratedFileKind, string>();

/** The kind's schema as JSON Schema text: a stored entry is only reused by the schema that accepted it. */
function schemaFingerprint(kind: CuratedFileKind): string {
  let fingerprint = fingerprints.get(kind);
  if (fingerprint === undefined) {
    fingerprint = JSON.stringify(curatedJsonSchema(kind));
    fingerprints.set(kind, fingerprint);
  }
  return fingerprint;
}

/** The content key of a curated file: its kind, the schema it is checked with, and its text. */
export function entryCacheKey(kind: CuratedFileKind, text: string): string {
  return createHash('sha256')
    .update(CACHE_FORMAT)
    .update('\0')
    .update(kind)
    .update('\0')
    .update(schemaFingerprint(kind))
    .update('\0')
    .update(text)
    .digest('hex');
}
