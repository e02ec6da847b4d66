import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** The folders of a dataset directory the loader reads (watched one by one where recursive watching is unavailable). */
export const DATASET_FOLDERS = ['documents', 'vocabulary', 'entities', 'statements', 'positions'] as const;

/** Options of {@link watchDirectory}. */
export interface WatchDirectoryOptions {
  /** Use `fs.watch(…, { recursive: true })` when the platform has it (Node 20 on Linux, macOS, Windows). Default true. */
  readonly recursive?: boolean;
}

/**
 * Calls `onChange(path)` (relative to `directory`, or null when unknown) for every change under a
 * dataset directory, until the returned function is called. Uses one recursive watcher where the
 * platform supports it (Node 20 does on Linux, macOS and Windows); otherwise, or with
 * `recursive: false`, one watcher for the directory and one per dataset folder. A folder that
 * does not exist yet is not watched (restart the watch after creating one).
 */
export function watchDirectory(
  directory: string,
  onChange: (path: string | null) => void,
  options: WatchDirectoryOptions = {},
): () => void {
  const watchers: FSWatcher[] = [];
  const listen = (dir: string, prefix: string, recursive: boolean): void => {
    const watcher = watch(dir, { recursive }, (_event, name) => onChange(name === null ? null : `${prefix}${name.toString()}`));
    watcher.on('error', () => undefined);
    watchers.push(watcher);
  };
  let recursive = options.recursive ?? true;
  if (recursive) {
    try {
      listen(directory, '', true);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw error;
      recursive = false;
    }
  }
  if (!recursive) {
    listen(directory, '', false);
    for (const folder of DATASET_FOLDERS) {
      try {
        listen(join(directory, folder), `${folder}/`, false);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  return () => {
    for (const watcher of watchers) watcher.close();
  };
}
