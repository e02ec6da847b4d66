import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetVersion } from '../../src/dataset/build/dataset-version.js';
import { datasetSourcesVersion } from '../../src/dataset/dataset-sources-version.js';
import { readDatasetFiles } from '../../src/dataset/read-dataset-files.js';
import { DatasetError } from '../../src/errors.js';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'diplomacy-graph-version-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe("datasetSourcesVersion (the version hashed from the files' bytes, to find a snapshot)", () => {
  it('equals the version of the dataset read from the same files (the seeds)', async () => {
    expect(await datasetSourcesVersion('seeds')).toBe(datasetVersion(await readDatasetFiles('seeds')));
  });

  it('equals it without documents.yaml or coverage.yaml, with other files ignored as the reader ignores them, and with non-ASCII text', async () => {
    mkdirSync(join(directory, 'documents'));
    mkdirSync(join(directory, 'entities'));
    writeFileSync(join(directory, 'documents', 'a.txt'), 'Тоқаев met Xi — «a quote»\n');
    writeFileSync(join(directory, 'documents', 'notes.md'), 'not a document');
    writeFileSync(join(directory, 'entities', 'people.yaml'), '- id: person:x\n');
    writeFileSync(join(directory, 'README.md'), 'ignored');
    expect(await datasetSourcesVersion(directory)).toBe(datasetVersion(await readDatasetFiles(directory)));
  });

  it('changes with any file and follows the reader on a copy of the seeds', async () => {
    cpSync('seeds', directory, { recursive: true });
    const before = await datasetSourcesVersion(directory);
    writeFileSync(join(directory, 'documents', 'extra.txt'), 'A new article.\n');
    const after = await datasetSourcesVersion(directory);
    expect(after).not.toBe(before);
    expect(after).toBe(datasetVersion(await readDatasetFiles(directory)));
  });

  it('reports a missing directory as the reader does', async () => {
    const missing = join(directory, 'missing');
    await expect(datasetSourcesVersion(missing)).rejects.toBeInstanceOf(DatasetError);
    await expect(readDatasetFiles(missing)).rejects.toBeInstanceOf(DatasetError);
  });
});
