import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import { directoryEntryCache } from '../../src/dataset/directory-entry-cache.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { readDatasetFiles } from '../../src/dataset/read-dataset-files.js';
import { DatasetError } from '../../src/errors.js';
import { DatasetFileReader } from '../../src/watch/dataset-file-reader.js';
import { DatasetWatcher, type ReloadEvent } from '../../src/watch/dataset-watcher.js';
import { watchFixtures } from '../helpers/watch-fixtures.js';

const STATEMENTS = 'statements/statements.yaml';
const ENTITIES = 'entities/entities.yaml';
const { watchers, copyOfMiniSeeds } = watchFixtures('diplomacy-graph-incremental-watch-');

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const edit = async (dir: string, path: string, from: string, to: string): Promise<void> => {
  const text = await readFile(join(dir, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no ${from}`);
  await writeFile(join(dir, path), text.replace(from, to));
};

/** What a full build of the directory gives now: the dataset, or the problems. */
async function fullBuild(dir: string) {
  try {
    return { dataset: buildDataset(await readDatasetFiles(dir)) };
  } catch (error) {
    if (error instanceof DatasetError) return { issues: error.issues };
    throw error;
  }
}

/** The default watcher (reads the files, builds from the last good dataset) on `dir`. */
async function watching(dir: string) {
  const events: ReloadEvent[] = [];
  const initial = await loadDataset(dir);
  const watcher = new DatasetWatcher({ directory: dir, initial, debounceMs: 50, onReload: (e) => events.push(e) }).start();
  watchers.push(watcher);
  expect(await watcher.ready()).toBe(true);
  const next = async (): Promise<ReloadEvent> => {
    const count = events.length;
    await until(() => events.length > count);
    return events[events.length - 1] as ReloadEvent;
  };
  return { initial, watcher, next };
}

describe('DatasetWatcher builds from the last good dataset', () => {
  it('an edited statement: the same dataset as a full build, the other statements kept as they were', async () => {
    const dir = await copyOfMiniSeeds();
    const { initial, next } = await watching(dir);
    await edit(dir, STATEMENTS, 'role: founding member\n', 'role: founding state\n');
    const event = await next();
    expect(event.kind).toBe('reloaded');
    if (event.kind !== 'reloaded') return;
    expect(event.dataset).toEqual((await fullBuild(dir)).dataset);
    expect(event.changes).toEqual({ added: 0, removed: 0, changed: 1 });
    const kept = event.dataset.statements.filter((s) => initial.statements.includes(s));
    expect(kept).toHaveLength(initial.statements.length - 1);
    expect(event.dataset.entities).toBe(initial.entities);
  });

  it('a broken edit keeps the last good dataset and lists the problems of a full build; the fix is picked up', async () => {
    const dir = await copyOfMiniSeeds();
    const { initial, watcher, next } = await watching(dir);
    await edit(
      dir,
      STATEMENTS,
      'quote: Kazakhstan became one of 19 founding countries',
      'quote: Kazakhstan became one of 20 founding countries',
    );
    const broken = await next();
    expect(broken).toMatchObject({ kind: 'invalid', issues: (await fullBuild(dir)).issues, current: initial });
    expect(watcher.current).toBe(initial);
    await edit(dir, STATEMENTS, 'one of 20 founding', 'one of 19 founding');
    await edit(dir, STATEMENTS, 'role: founding member\n', 'role: founding state\n');
    const fixed = await next();
    expect(fixed.kind === 'reloaded' && fixed.dataset).toEqual((await fullBuild(dir)).dataset);
  });

  it('a renamed entity that statements reference: the problems of a full build; renamed everywhere: its dataset', async () => {
    const dir = await copyOfMiniSeeds();
    const { next } = await watching(dir);
    await edit(dir, ENTITIES, 'id: country:kz', 'id: country:kaz');
    expect(await next()).toMatchObject({ kind: 'invalid', issues: (await fullBuild(dir)).issues });
    await edit(dir, ENTITIES, 'id: country:kaz', 'id: country:kz');
    await edit(dir, ENTITIES, 'name: Kazakhstan', 'name: Republic of Kazakhstan');
    const renamed = await next();
    expect(renamed.kind === 'reloaded' && renamed.dataset).toEqual((await fullBuild(dir)).dataset);
  });
});

describe('DatasetWatcher started on a dataset read back from its snapshot', () => {
  it('reloads as a full build does, the mentions read from the snapshot when first used', async () => {
    const dir = await copyOfMiniSeeds();
    const cache = directoryEntryCache({ directory: join(dir, '.cache') });
    await loadDataset(dir, { cache });
    const initial = await loadDataset(dir, { cache });
    const events: ReloadEvent[] = [];
    const watcher = new DatasetWatcher({ directory: dir, initial, debounceMs: 50, onReload: (e) => events.push(e) }).start();
    watchers.push(watcher);
    expect(await watcher.ready()).toBe(true);
    await edit(dir, STATEMENTS, 'role: founding member\n', 'role: founding state\n');
    await until(() => events.length > 0);
    const [event] = events;
    expect(event?.kind === 'reloaded' && event.dataset).toEqual((await fullBuild(dir)).dataset);
  });
});

describe('DatasetFileReader', () => {
  it('reads again what changed, named by the watcher or not, and sees files added and removed', async () => {
    const dir = await copyOfMiniSeeds();
    const reader = new DatasetFileReader(dir);
    const first = await reader.read(null);
    expect(first).toEqual(await readDatasetFiles(dir));
    // Not named: found by its stamp, even with the same size and modification time put back.
    const path = join(dir, STATEMENTS);
    const before = await stat(path);
    await edit(dir, STATEMENTS, 'founding member', 'founding MEMBER');
    await utimes(path, before.atime, before.mtime);
    await writeFile(join(dir, 'statements/more.yaml'), '');
    await rm(join(dir, 'positions/positions.yaml'));
    const second = await reader.read(new Set());
    expect(second).toEqual(await readDatasetFiles(dir));
    expect(second.statements.map((f) => f.path)).toEqual(['statements/more.yaml', STATEMENTS]);
    expect(second.positions).toEqual([]);
    // Named: read again.
    await edit(dir, ENTITIES, 'name: Kazakhstan', 'name: Kazakhstan ');
    expect(await reader.read(new Set([ENTITIES]))).toEqual(await readDatasetFiles(dir));
  });
});
