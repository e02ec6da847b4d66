export { DatasetWatcher, type DatasetWatcherOptions, type ReloadChanges, type ReloadEvent } from './dataset-watcher.js';
export type { WatchDirectoryOptions } from './watch-directory.js';
