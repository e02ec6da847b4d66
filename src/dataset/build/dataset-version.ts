import { createHash } from 'node:crypto';
import type { DatasetFiles } from './dataset-files.js';

/** Content hash over every file, in a fixed order: the dataset version. */
export function datasetVersion(files: DatasetFiles): string {
  const all = [
    ...(files.documentsYaml ? [files.documentsYaml] : []),
    ...(files.coverage ? [files.coverage] : []),
    ...files.texts.values(),
    ...files.vocabulary,
    ...files.entities,
    ...files.statements,
    ...files.positions,
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of all) {
    hash.update(file.path).update('\0').update(file.text).update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}
