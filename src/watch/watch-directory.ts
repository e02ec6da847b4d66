import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** The folders of a dataset directory the loader reads (watched one by one where recursive watching is unavailable). */
const DATASET_FOLDERS = ['documents', 'vocabulary', 'entities', 'statements', 'positions'] as const;

/** Options of {@link watchDirectory}. */
export interface WatchDirectoryOptions {
  /**
   * Use one `fs.watch(…, { recursive: true })`. Default: on macOS and Windows, where it is the
   * system's own; not on Linux, where Node 20 emulates it by watching each file, and loses a file
   * once an editor saves it by writing a new file and renaming it over the old one (`sed -i`, vim,
   * most IDEs): a second save is never seen. A watcher per folder sees every save.
   */
  readonly recursive?: boolean;
}

/**
 * Calls `onChange(path)` (relative to `directory`, or null when unknown) for every change under a
 * dataset directory, until the returned function is called. On Linux (or with `recursive:
 * false`), one watcher for the directory and one per dataset folder (the layout is one level
 * deep); elsewhere one recursive watcher, falling back to the same where the platform has none.
 * A dataset folder created after the watch starts is not watched (restart the watch).
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
  let recursive = options.recursive ?? process.platform !== 'linux';
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
