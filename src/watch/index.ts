export { DatasetWatcher, countChanges, type DatasetWatcherOptions, type ReloadChanges, type ReloadEvent } from './dataset-watcher.js';
export { watchDirectory, DATASET_FOLDERS, type WatchDirectoryOptions } from './watch-directory.js';
