import { buildDataset, type BuildDatasetOptions } from './build-dataset.js';
import { defaultSeedsDirectory } from './default-seeds-directory.js';
import type { Dataset } from './model.js';
import { readDatasetFiles } from './read-dataset-files.js';

/**
 * Reads, validates and freezes the dataset in `directory` (default: the embedded seeds).
 * Throws {@link DatasetError} listing every problem; nothing half-loads. With `options.cache`,
 * files whose text has not changed since they were stored there are not parsed again.
 */
export async function loadDataset(directory: string = defaultSeedsDirectory(), options: BuildDatasetOptions = {}): Promise<Dataset> {
  return buildDataset(await readDatasetFiles(directory), options);
}
