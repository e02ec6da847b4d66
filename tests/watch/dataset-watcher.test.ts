import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import type { Dataset } from '../../src/dataset/model.js';
import { countChanges, DatasetWatcher, type ReloadEvent } from '../../src/watch/dataset-watcher.js';
import { MINI_SEEDS } from '../helpers/graphs.js';
import { watchFixtures } from '../helpers/watch-fixtures.js';

const STATEMENTS = 'statements/statements.yaml';
const { watchers, copyOfMiniSeeds } = watchFixtures('diplomacy-graph-watch-');

/** A watcher on `dir` that records its events and counts its loads. */
async function watching(dir: string, recursive = true) {
  const events: ReloadEvent[] = [];
  let loads = 0;
  const initial = await loadDataset(dir);
  const watcher = new DatasetWatcher({
    directory: dir,
    initial,
    debounceMs: 100,
    recursive,
    load: (d) => {
      loads++;
      return loadDataset(d);
    },
    onReload: (e) => events.push(e),
  }).start();
  watchers.push(watcher);
  return { initial, watcher, events, loads: () => loads };
}

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const edit = async (dir: string, from: string, to: string): Promise<void> => {
  const text = await readFile(join(dir, STATEMENTS), 'utf8');
  await writeFile(join(dir, STATEMENTS), text.replace(from, to));
};

describe('DatasetWatcher', () => {
  it.each([
    ['a recursive watch', true],
    ['one watch per folder (where recursive watching is unavailable)', false],
  ])('reloads once after a burst of edits, with what changed (%s)', async (_name, recursive) => {
    const dir = await copyOfMiniSeeds();
    const { initial, watcher, events, loads } = await watching(dir, recursive);
    await edit(dir, 'role: founding member\n    start:', 'role: founding state\n    start:');
    await edit(dir, 'role: founding state', 'role: founder');
    await edit(dir, 'role: founder\n', 'role: founding member\n    note: edited\n');
    await until(() => events.length > 0);
    expect(loads()).toBe(1);
    expect(events[0]).toMatchObject({ kind: 'reloaded', previous: initial, changes: { added: 0, removed: 0, changed: 1 } });
    expect(watcher.current?.version).not.toBe(initial.version);
  });

  it('keeps the last good dataset and reports every problem for an invalid edit', async () => {
    const dir = await copyOfMiniSeeds();
    const { initial, watcher, events } = await watching(dir);
    await edit(dir, 'predicate: initiated', 'predicate: initiatd');
    await until(() => events.length > 0);
    const [event] = events;
    expect(event?.kind).toBe('invalid');
    expect(event?.kind === 'invalid' && event.issues.map((i) => i.reason)).toEqual([
      'predicate: unknown predicate "initiatd" (did you mean "initiated"?)',
    ]);
    expect(watcher.current).toBe(initial);
  });

  it('does not report a change that leaves the content as it was', async () => {
    const dir = await copyOfMiniSeeds();
    const { events, loads } = await watching(dir);
    await edit(dir, 'x-never-there', 'y');
    await until(() => loads() === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events).toEqual([]);
  });
});

describe('countChanges', () => {
  it('counts items added, removed and changed by id, not moved ones', async () => {
    const before = await loadDataset(MINI_SEEDS);
    const [first, second, ...rest] = before.statements;
    const moved = { ...second!, source: { file: 'elsewhere.yaml', line: 9 } };
    const changed = { ...first!, object: 'organization:un' };
    const after: Dataset = {
      ...before,
      statements: [changed, moved, ...rest.slice(1)],
      entities: [...before.entities, { ...before.entities[0]!, id: 'country:zz' }],
    };
    expect(countChanges(before, after)).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(countChanges(null, before).added).toBe(
      before.entities.length + before.documents.length + before.predicates.length + before.statements.length + before.positions.length,
    );
  });
});

describe('watching saves that replace the file', () => {
  it('sees every save an editor makes by renaming a new file over the old one (sed -i, vim), not only the first', async () => {
    const dir = await copyOfMiniSeeds();
    const { events } = await watching(dir, process.platform !== 'linux');
    const file = join(dir, STATEMENTS);
    const save = async (from: string, to: string): Promise<void> => {
      await writeFile(`${file}.tmp`, (await readFile(file, 'utf8')).replace(from, to));
      await rename(`${file}.tmp`, file);
    };
    await save('role: founding member\n    start', 'role: founding state\n    start');
    await until(() => events.length === 1);
    await save('role: founding state', 'role: founder');
    await until(() => events.length === 2);
    expect(events.map((e) => e.kind)).toEqual(['reloaded', 'reloaded']);
  });
});
