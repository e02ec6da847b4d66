import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { DatasetWatcher } from '../../src/watch/dataset-watcher.js';
import { MINI_SEEDS } from './graphs.js';

/**
 * Copies of the mini seeds and the watchers started on them, removed and closed after each test
 * of the file that calls this (at its top level).
 */
export function watchFixtures(prefix: string): {
  readonly watchers: DatasetWatcher[];
  readonly copyOfMiniSeeds: () => Promise<string>;
} {
  const dirs: string[] = [];
  const watchers: DatasetWatcher[] = [];
  afterEach(async () => {
    for (const w of watchers.splice(0)) await w.close();
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  const copyOfMiniSeeds = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    dirs.push(dir);
    await cp(MINI_SEEDS, dir, { recursive: true });
    return dir;
  };
  return { watchers, copyOfMiniSeeds };
}
