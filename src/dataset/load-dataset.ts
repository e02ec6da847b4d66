import { buildVersionedDataset, type BuildDatasetOptions } from './build-dataset.js';
import { datasetVersion } from './build/dataset-version.js';
import { decodeDatasetSnapshot, encodeDatasetSnapshot } from './dataset-snapshot.js';
import { defaultSeedsDirectory } from './default-seeds-directory.js';
import type { Dataset } from './model.js';
import { readDatasetFiles } from './read-dataset-files.js';

/** How {@link loadDataset} works. */
export interface LoadDatasetOptions extends BuildDatasetOptions {
  /**
   * Whether to store the validated dataset's snapshot in the cache (when the cache keeps
   * snapshots): the next load of the same sources then skips validation. Default true; the
   * watcher, which reloads after every edit, stores none.
   */
  readonly storeSnapshot?: boolean;
}

/**
 * Reads, validates and freezes the dataset in `directory` (default: the embedded seeds).
 * Throws {@link DatasetError} listing every problem; nothing half-loads. With `options.cache`,
 * sources already validated (same dataset version) load from their snapshot, and files whose
 * text has not changed are not parsed again.
 */
export async function loadDataset(directory: string = defaultSeedsDirectory(), options: LoadDatasetOptions = {}): Promise<Dataset> {
  const files = await readDatasetFiles(directory);
  const { cache } = options;
  // Hashed once: the version finds the snapshot, and a dataset built on a miss carries it.
  const version = datasetVersion(files);
  const bytes = cache?.getSnapshot?.(version);
  const snapshot = bytes ? decodeDatasetSnapshot(bytes, version, files.directory) : null;
  if (snapshot) return snapshot;
  const dataset = buildVersionedDataset(files, options, version);
  if (options.storeSnapshot !== false) cache?.setSnapshot?.(dataset.version, encodeDatasetSnapshot(dataset));
  return dataset;
}
