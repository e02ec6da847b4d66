export * from './model.js';
export { buildDataset, datasetVersion, type DatasetFile, type DatasetFiles } from './build-dataset.js';
export { readDatasetFiles } from './read-dataset-files.js';
export { loadDataset } from './load-dataset.js';
export { defaultSeedsDirectory } from './default-seeds-directory.js';
export { normalizeAlias } from './normalize-alias.js';
export { parseTime } from './parse-time.js';
export { curatedJsonSchema, type CuratedFileKind, type KnownIds } from './curated-json-schemas.js';
