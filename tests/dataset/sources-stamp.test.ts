import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetSourcesVersion } from '../../src/dataset/dataset-sources-version.js';
import { directoryEntryCache } from '../../src/dataset/directory-entry-cache.js';
import type { EntryCache } from '../../src/dataset/entry-cache.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { sourcesVersion } from '../../src/dataset/sources-stamp.js';
import { MINI_SEEDS } from '../helpers/graphs.js';

let work: string;
let sources: string;
let cache: EntryCache;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'diplomacy-graph-stamp-'));
  sources = join(work, 'sources');
  cpSync(MINI_SEEDS, sources, { recursive: true });
  cache = directoryEntryCache({ directory: join(work, 'cache') });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A clock 10 s ahead: the files just written are then older than the 2 s racy margin. */
const later = (): bigint => BigInt(Date.now() + 10_000) * 1_000_000n;

/** The first document file of the copy. */
const aDocument = (): string =>
  join(sources, 'documents', readdirSync(join(sources, 'documents')).find((n) => n.endsWith('.txt')) as string);

describe('sourcesVersion (the version of unchanged sources from their stamp, without reading them)', () => {
  it('hashes the files the first time, then finds the same version from their stats alone', async () => {
    const hashed = await sourcesVersion(sources, cache, later);
    expect(hashed).toEqual({ version: await datasetSourcesVersion(sources), from: 'hash' });
    expect(await sourcesVersion(sources, cache, later)).toEqual({ version: hashed.version, from: 'stamp' });
  });

  it('does not trust files changed within 2 s of the stamp (racy), and hashes them again', async () => {
    const first = await sourcesVersion(sources, cache);
    expect(await sourcesVersion(sources, cache)).toEqual({ version: first.version, from: 'hash' });
  });

  it('sees a file rewritten with the same size and its modification time set back (its change time moved)', async () => {
    const { version } = await sourcesVersion(sources, cache, later);
    const path = aDocument();
    const before = statSync(path);
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text.replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a')),
    );
    utimesSync(path, before.atime, before.mtime);
    expect(statSync(path).size).toBe(before.size);
    const after = await sourcesVersion(sources, cache, later);
    expect(after.from).toBe('hash');
    expect(after.version).not.toBe(version);
    expect(after.version).toBe(await datasetSourcesVersion(sources));
  });

  it('sees a file added or removed', async () => {
    const { version } = await sourcesVersion(sources, cache, later);
    writeFileSync(join(sources, 'documents', 'extra.txt'), 'A new article.\n');
    const added = await sourcesVersion(sources, cache, later);
    expect(added).toEqual({ version: await datasetSourcesVersion(sources), from: 'hash' });
    unlinkSync(join(sources, 'documents', 'extra.txt'));
    expect(await sourcesVersion(sources, cache, later)).toEqual({ version, from: 'hash' });
  });

  it('hashes when the stamp is damaged, or the cache keeps no stamps', async () => {
    await sourcesVersion(sources, cache, later);
    const stamp = readdirSync(join(work, 'cache')).find((name) => name.endsWith('.stamp')) as string;
    writeFileSync(join(work, 'cache', stamp), '{"format":1,"version":');
    expect((await sourcesVersion(sources, cache, later)).from).toBe('hash');
    const noStamps: EntryCache = { get: () => undefined, set: () => undefined };
    expect((await sourcesVersion(sources, noStamps, later)).from).toBe('hash');
    expect((await sourcesVersion(sources, noStamps, later)).from).toBe('hash');
  });

  it('keeps one stamp per dataset directory', async () => {
    const other = join(work, 'other');
    cpSync(MINI_SEEDS, other, { recursive: true });
    writeFileSync(join(other, 'documents', 'extra.txt'), 'A new article.\n');
    const a = await sourcesVersion(sources, cache, later);
    const b = await sourcesVersion(other, cache, later);
    expect(a.version).not.toBe(b.version);
    expect(await sourcesVersion(sources, cache, later)).toEqual({ version: a.version, from: 'stamp' });
    expect(await sourcesVersion(other, cache, later)).toEqual({ version: b.version, from: 'stamp' });
  });

  it('lets loadDataset find the snapshot of unchanged sources, and a changed file its own dataset', async () => {
    const first = await loadDataset(sources, { cache });
    const again = await loadDataset(sources, { cache });
    expect(again.version).toBe(first.version);
    expect(again.statements).toEqual(first.statements);
    const path = aDocument();
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nA closing line.\n`);
    const changed = await loadDataset(sources, { cache });
    expect(changed.version).not.toBe(first.version);
    expect(changed.version).toBe(await datasetSourcesVersion(sources));
  });
});
