import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
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

function readEntries(path: string): readonly CachedEntry[] | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(value) ? (value as CachedEntry[]) : undefined;
  } catch {
    // Missing, unreadable or cut short (a crash while writing cannot leave one: see `set`): a miss.
    return undefined;
  }
}

/** Removes the least recently used files of `directory` until it holds at most `maxBytes`. */
function prune(directory: string, maxBytes: number): void {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
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
 * An {@link EntryCache} in a directory: one JSON file per curated file's content key. Writes are
 * atomic (a temporary file renamed into place), so processes may share the directory; a file that
 * cannot be read is a miss. A hit marks the file used; past `maxBytes` the least recently used go.
 */
export function directoryEntryCache(options: DirectoryEntryCacheOptions): EntryCache {
  const { directory, readOnly = [], maxBytes = DEFAULT_MAX_BYTES } = options;
  let written = 0;
  return {
    get(key) {
      for (const dir of readOnly) {
        const entries = readEntries(join(dir, `${key}.json`));
        if (entries) return entries;
      }
      const path = join(directory, `${key}.json`);
      const entries = readEntries(path);
      if (entries) {
        const now = new Date();
        try {
          utimesSync(path, now, now);
        } catch {
          // Removed by another process meanwhile: the entries are read already.
        }
      }
      return entries;
    },
    set(key, entries) {
      try {
        mkdirSync(directory, { recursive: true });
        const path = join(directory, `${key}.json`);
        const temporary = `${path}.${process.pid}.tmp`;
        const text = JSON.stringify(entries);
        writeFileSync(temporary, text);
        renameSync(temporary, path);
        written += text.length;
        // Counting the whole directory costs a listing: done once per tenth of the budget written.
        if (written > maxBytes / 10) {
          written = 0;
          prune(directory, maxBytes);
        }
      } catch {
        // A cache that cannot be written (read-only disk, no space) only makes the next load slower.
      }
    },
  };
}

/** Where `npm run build` stores the embedded seeds' entries: `dist/entry-cache` of the package. */
function shippedEntryCacheDirectory(): string {
  return join(dirname(defaultSeedsDirectory()), 'dist', 'entry-cache');
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
    readOnly: [shippedEntryCacheDirectory()],
  });
}
