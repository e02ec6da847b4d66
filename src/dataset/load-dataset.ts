import { resolve } from 'node:path';
import type { BuildDatasetOptions } from './build-dataset.js';
import { datasetVersion } from './build/dataset-version.js';
import { decodeDatasetSnapshot, encodeDatasetSnapshot } from './dataset-snapshot.js';
import { defaultSeedsDirectory } from './default-seeds-directory.js';
import type { EntryCache } from './entry-cache.js';
import type { Dataset } from './model.js';
import { readDatasetFiles } from './read-dataset-files.js';
import { sourcesVersion } from './sources-stamp.js';

/** How {@link loadDataset} works. */
export interface LoadDatasetOptions extends BuildDatasetOptions {
  /**
   * Whether to store the validated dataset's snapshot in the cache (when the cache keeps
   * snapshots): the next load of the same sources then skips validation. Default true; the
   * watcher, which reloads after every edit, stores none.
   */
  readonly storeSnapshot?: boolean;
}

/** The dataset of `directory` from its validated snapshot in `cache`; null when there is none. */
async function loadSnapshot(directory: string, cache: EntryCache): Promise<Dataset | null> {
  if (!cache.getSnapshot) return null;
  let version: string;
  try {
    // From the sources' stamp when their stats are unchanged, else hashed from the bytes, which are
    // not kept: on a hit, the sources are never decoded or parsed.
    version = (await sourcesVersion(directory, cache)).version;
  } catch {
    // No directory, or a file that cannot be read: reading the sources below reports it as it always has.
    return null;
  }
  const snapshot = cache.getSnapshot(version);
  return snapshot ? decodeDatasetSnapshot(snapshot, version, resolve(directory)) : null;
}

/**
 * Reads, validates and freezes the dataset in `directory` (default: the embedded seeds).
 * Throws {@link DatasetError} listing every problem; nothing half-loads. With `options.cache`,
 * sources already validated (same dataset version) load from their snapshot, and files whose
 * text has not changed are not parsed again.
 */
export async function loadDataset(directory: string = defaultSeedsDirectory(), options: LoadDatasetOptions = {}): Promise<Dataset> {
  const { cache } = options;
  const snapshot = cache ? await loadSnapshot(directory, cache) : null;
  if (snapshot) return snapshot;
  const files = await readDatasetFiles(directory);
  // Validation (the zod schemas, built when their module loads) loads only when there is something to validate.
  const { buildVersionedDataset } = await import('./build-dataset.js');
  // Hashed again from what is built: a file changed since the lookup above gets its own version.
  const dataset = buildVersionedDataset(files, options, datasetVersion(files));
  if (options.storeSnapshot !== false) cache?.setSnapshot?.(dataset.version, encodeDatasetSnapshot(dataset));
  return dataset;
}
