import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DatasetFile, DatasetFiles } from '../dataset/build/dataset-files.js';
import { readDatasetFilesReusing } from '../dataset/read-dataset-files.js';

/** What tells a file's content changed without reading it: its inode, size, and modification and change times. */
function stampOf(path: string): string | null {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return s ? `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}` : null;
  } catch {
    return null;
  }
}

/** Every file of `files`. */
function allFiles(files: DatasetFiles): DatasetFile[] {
  const optional = [files.documentsYaml, files.coverage].filter((f): f is DatasetFile => !!f);
  return [...optional, ...files.texts.values(), ...files.vocabulary, ...files.entities, ...files.statements, ...files.positions];
}

/**
 * Reads a watched dataset directory again after a change, reading only the files that changed:
 * a file keeps the text read last time when the watcher named no change of it and its stamp
 * (inode, size, modification and change times, taken before it was read) is the same. Unchanged
 * files keep the same strings, so comparing them with the last files is immediate.
 */
export class DatasetFileReader {
  readonly #root: string;
  #known = new Map<string, { readonly stamp: string; readonly text: string }>();

  constructor(directory: string) {
    this.#root = resolve(directory);
  }

  /** The files of the directory; `changed`: the files the watcher saw change since the last read (null: unknown, read all). */
  async read(changed: ReadonlySet<string> | null): Promise<DatasetFiles> {
    const stamps = new Map<string, string | null>();
    const files = await readDatasetFilesReusing(this.#root, {
      unchanged: (path) => {
        const stamp = stampOf(join(this.#root, path));
        const known = this.#known.get(path);
        if (changed !== null && !changed.has(path) && known !== undefined && stamp === known.stamp) return known.text;
        stamps.set(path, stamp);
        return undefined;
      },
    });
    const next = new Map<string, { readonly stamp: string; readonly text: string }>();
    for (const { path, text } of allFiles(files)) {
      const stamp = stamps.has(path) ? stamps.get(path) : this.#known.get(path)?.stamp;
      if (stamp !== null && stamp !== undefined) next.set(path, { stamp, text });
    }
    this.#known = next;
    return files;
  }

  /**
   * `files` (the last read) with each document text replaced by the equal string of `records` (a
   * dataset built from them): the texts are then held once, by the dataset, not twice.
   */
  share(files: DatasetFiles, records: ReadonlyArray<{ readonly file: string; readonly text: string }>): DatasetFiles {
    const texts = new Map(files.texts);
    for (const { file, text } of records) {
      const read = texts.get(file);
      if (read === undefined || read.text !== text) continue;
      texts.set(file, { path: read.path, text });
      const known = this.#known.get(read.path);
      if (known !== undefined) this.#known.set(read.path, { stamp: known.stamp, text });
    }
    return { ...files, texts };
  }
}
