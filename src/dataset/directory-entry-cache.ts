import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultSeedsDirectory } from './default-seeds-directory.js';
import type { CachedEntry, EntryCache } from './entry-cache.js';

/** Where {@link directoryEntryCache} keeps its files, and how much it may keep. */
export interface DirectoryEntryCacheOptions {
  /** Written and read. */
  readonly directory: string;
  /** Read only, before `directory`: e.g. the entries of the embedded seeds, written at build time. */
  readonly readOnly?: readonly string[];
  /** Past this many bytes, the least recently used files are removed (default 2 GiB). */
  readonly maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 2 * 2 ** 30;

/** A file's bytes, or undefined when it cannot be read; with `touch`, a hit marks it used (see `prune`). */
function readBytes(path: string, touch: boolean): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  if (touch) markUsed(path);
  return bytes;
}

/** Bytes of a snapshot read at a time. */
const CHUNK_BYTES = 16 * 2 ** 20;

/** The file's bytes in chunks, read as they are consumed; the file is closed at the end or when the reader stops early. */
function* chunksOf(fd: number): Generator<Buffer, void> {
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) return;
      yield read < CHUNK_BYTES ? chunk.subarray(0, read) : chunk;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A snapshot file's bytes in chunks, or undefined when it cannot be opened. Opened at once (a
 * replaced file keeps its content for the reader); with `touch`, a hit marks it used.
 */
function readChunks(path: string, touch: boolean): Iterable<Buffer> | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  if (touch) markUsed(path);
  return chunksOf(fd);
}

/** Marks a file used now (see `prune`). */
function markUsed(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Removed by another process meanwhile: the bytes are read already.
  }
}

/** Writes `bytes` to `path` atomically: a temporary file renamed into place. */
function writeAtomically(path: string, bytes: string | Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

const snapshotName = (version: string): string => `${version.replace(/^sha256:/, '')}.snapshot`;
/** A sources stamp's file: named by a hash of the dataset directory's absolute path. */
const stampName = (directory: string): string => `${createHash('sha256').update(directory).digest('hex')}.stamp`;

/** A stamp's text; undefined when there is none (or it cannot be read). */
function readStamp(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The entries stored at `path`; undefined when missing or damaged (cut short: a miss, stored again). */
function readEntries(path: string, touch: boolean): readonly CachedEntry[] | undefined {
  const bytes = readBytes(path, touch);
  if (bytes === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return Array.isArray(value) ? (value as CachedEntry[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the least recently used files of `directory` until it holds at most `maxBytes`. */
function prune(directory: string, maxBytes: number): void {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json') || name.endsWith('.snapshot') || name.endsWith('.stamp'))
    .map((name) => {
      const path = join(directory, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      return { path, size: stat?.size ?? 0, used: stat?.mtimeMs ?? 0 };
    })
    .sort((a, b) => a.used - b.used);
  let total = files.reduce((sum, file) => sum + file.size, 0);
  for (const file of files) {
    if (total <= maxBytes) break;
    unlinkSync(file.path);
    total -= file.size;
  }
}

/**
 * An {@link EntryCache} in a directory: one JSON file per curated file's content key, one
 * snapshot file per dataset version, and one stamp per dataset directory. Writes are
 * atomic (a temporary file renamed into place), so processes may share the directory; a file that
 * cannot be read is a miss. A hit marks the file used; past `maxBytes` the least recently used go.
 */
export function directoryEntryCache(options: DirectoryEntryCacheOptions): EntryCache {
  const { directory, readOnly = [], maxBytes = DEFAULT_MAX_BYTES } = options;
  let written = 0;
  /** Writes one file of the cache; a cache that cannot be written (read-only disk, no space) only makes the next load slower. */
  const store = (name: string, bytes: string | Buffer): void => {
    try {
      mkdirSync(directory, { recursive: true });
      writeAtomically(join(directory, name), bytes);
      written += bytes.length;
      // Counting the whole directory costs a listing: done once per tenth of the budget written.
      if (written > maxBytes / 10) {
        written = 0;
        prune(directory, maxBytes);
      }
    } catch {
      // See above: a miss next time.
    }
  };
  return {
    get(key) {
      for (const dir of readOnly) {
        const entries = readEntries(join(dir, `${key}.json`), false);
        if (entries) return entries;
      }
      return readEntries(join(directory, `${key}.json`), true);
    },
    set(key, entries) {
      store(`${key}.json`, JSON.stringify(entries));
    },
    getSnapshot(version) {
      for (const dir of readOnly) {
        const chunks = readChunks(join(dir, snapshotName(version)), false);
        if (chunks) return chunks;
      }
      return readChunks(join(directory, snapshotName(version)), true);
    },
    setSnapshot(version, bytes) {
      store(snapshotName(version), bytes);
    },
    // Stamps are the user's own directories': never among the read-only (shipped) ones.
    getSourcesStamp(dataset) {
      return readStamp(join(directory, stampName(dataset)));
    },
    setSourcesStamp(dataset, stamp) {
      store(stampName(dataset), stamp);
    },
  };
}

/** Where `npm run build` stores the embedded seeds' entries: `dist/entry-cache` of the package (none when the package's seeds are not found, e.g. in a bundle). */
function shippedEntryCacheDirectories(): string[] {
  try {
    return [join(dirname(defaultSeedsDirectory()), 'dist', 'entry-cache')];
  } catch {
    return [];
  }
}

/**
 * The entry cache the adapters (library, CLI, server, watcher) use by default: the seeds' entries
 * shipped in the package (read only), then `DIPLOMACY_GRAPH_CACHE` if set (`off` for no cache at
 * all), else `$XDG_CACHE_HOME/diplomacy-graph/entries`, else `~/.cache/diplomacy-graph/entries`.
 */
export function defaultEntryCache(): EntryCache | null {
  const setting = process.env['DIPLOMACY_GRAPH_CACHE'];
  if (setting === 'off') return null;
  const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return directoryEntryCache({
    directory: setting || join(base, 'diplomacy-graph', 'entries'),
    readOnly: shippedEntryCacheDirectories(),
  });
}
