import { createHash } from 'node:crypto';
import { readFile as readFileWithCallback } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { DatasetError } from '../errors.js';
import { DATASET_FOLDERS, listDatasetFolder } from './read-dataset-files.js';

/** Files read ahead of the one being hashed. */
const READ_AHEAD = 32;

/** `fs.readFile` with a callback, promisified: faster per small file than `fs/promises` (see read-dataset-files.ts). */
const readFile = promisify(readFileWithCallback);

/** A read's outcome, settled: reads started ahead are never left failing unobserved when an earlier one throws. */
type ReadResult = { readonly bytes: Buffer | null } | { readonly error: unknown };

/** The bytes of `path`; null when it is missing. */
async function readIfPresent(path: string): Promise<ReadResult> {
  try {
    return { bytes: await readFile(path) };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { bytes: null } : { error };
  }
}

/** Every file of the dataset directory that {@link readDatasetFiles} reads, by path relative to it, sorted. */
export async function sourcePaths(root: string): Promise<string[]> {
  const folders = await Promise.all(
    DATASET_FOLDERS.map(async ([folder, extension]) =>
      (await listDatasetFolder(root, folder, extension)).map((name) => `${folder}/${name}`),
    ),
  );
  return ['documents.yaml', 'coverage.yaml', ...folders.flat()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The dataset version of the files in `directory` (see `datasetVersion`), hashed from their bytes
 * without decoding them or keeping them: what finds a validated snapshot before anything is parsed.
 * Equal to the version of the dataset built from the same files when they are valid UTF-8 (the
 * loader reads them as UTF-8; an invalid sequence only makes the snapshot a miss).
 */
export async function datasetSourcesVersion(directory: string): Promise<string> {
  const root = resolve(directory);
  try {
    await readdir(root);
  } catch {
    throw new DatasetError([{ file: root, line: null, entry: null, reason: 'dataset directory does not exist' }]);
  }
  return hashSources(root, await sourcePaths(root));
}

/** The version of the files `paths` (relative to `root`, sorted, as {@link sourcePaths} lists them), hashed from their bytes. */
export async function hashSources(root: string, paths: readonly string[]): Promise<string> {
  const reads: Array<Promise<ReadResult> | undefined> = paths.map(() => undefined);
  const start = (i: number): void => {
    if (i < paths.length) reads[i] = readIfPresent(join(root, paths[i] as string));
  };
  for (let i = 0; i < READ_AHEAD; i++) start(i);
  const hash = createHash('sha256');
  for (let i = 0; i < paths.length; i++) {
    const read = await (reads[i] as Promise<ReadResult>);
    reads[i] = undefined;
    if ('error' in read) throw read.error;
    start(i + READ_AHEAD);
    const { bytes } = read;
    if (bytes !== null)
      hash
        .update(paths[i] as string)
        .update('\0')
        .update(bytes)
        .update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}
