import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import { defaultEntryCache, directoryEntryCache } from '../../src/dataset/directory-entry-cache.js';
import { entryCacheKey, type CachedEntry, type EntryCache } from '../../src/dataset/entry-cache.js';
import { readDatasetFiles } from '../../src/dataset/read-dataset-files.js';
import { type DatasetError } from '../../src/errors.js';
import { tinyFiles } from '../helpers/dataset-files.js';

/** `cache`, counting hits, misses and stores. */
function counting(cache: EntryCache) {
  const counts = { hits: 0, misses: 0, stored: [] as string[] };
  const counted: EntryCache = {
    get(key) {
      const found = cache.get(key);
      if (found) counts.hits++;
      else counts.misses++;
      return found;
    },
    set(key, entries) {
      counts.stored.push(key);
      cache.set(key, entries);
    },
  };
  return { counted, counts };
}

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'diplomacy-graph-entry-cache-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('the entry cache', () => {
  it('loads the seeds from stored entries to the same dataset: every file a hit, none parsed', async () => {
    const files = await readDatasetFiles('seeds');
    const yamlFiles = 2 + files.vocabulary.length + files.entities.length + files.statements.length + files.positions.length;
    const cold = counting(directoryEntryCache({ directory }));
    const parsed = buildDataset(files, { cache: cold.counted });
    expect(cold.counts).toMatchObject({ hits: 0, misses: yamlFiles });
    expect(cold.counts.stored).toHaveLength(yamlFiles);
    const warm = counting(directoryEntryCache({ directory }));
    const cached = buildDataset(files, { cache: warm.counted });
    expect(warm.counts).toEqual({ hits: yamlFiles, misses: 0, stored: [] });
    expect(cached.version).toBe(parsed.version);
    expect(cached).toEqual(parsed);
    expect(Object.isFrozen(cached.statements[0]?.evidence[0])).toBe(true);
  });

  it('parses only a changed file again, and the change shows', () => {
    const cache = directoryEntryCache({ directory });
    buildDataset(tinyFiles(), { cache });
    const { counted, counts } = counting(cache);
    const summary = 'Supports peace, as stated.';
    const edited = tinyFiles({ positions: tinyFiles().positions[0]!.text.replace('Supports peace.', summary) });
    const dataset = buildDataset(edited, { cache: counted });
    expect(counts.misses).toBe(1);
    expect(counts.stored).toEqual([entryCacheKey('positions', edited.positions[0]!.text)]);
    expect(dataset.positions[0]?.summary).toBe(summary);
  });

  it('stores no file with a problem, and reports its problems the same from a warm cache', () => {
    const cache = directoryEntryCache({ directory });
    const broken = tinyFiles({ statements: '- id: statement:x\n  subject: country:kz\n' });
    const problems = (): unknown => {
      try {
        buildDataset(broken, { cache });
      } catch (error) {
        return (error as DatasetError).issues;
      }
      throw new Error('expected a DatasetError');
    };
    const first = problems();
    expect(readdirSync(directory)).toHaveLength(4); // documents, vocabulary, entities, positions
    expect(readdirSync(directory)).not.toContain(`${entryCacheKey('statements', broken.statements[0]!.text)}.json`);
    expect(problems()).toEqual(first);
  });

  it('treats a damaged file as a miss and stores it again', () => {
    const cache = directoryEntryCache({ directory });
    const expected = buildDataset(tinyFiles(), { cache });
    const key = entryCacheKey('statements', tinyFiles().statements[0]!.text);
    writeFileSync(join(directory, `${key}.json`), '[{"raw": {"id": "statem');
    const { counted, counts } = counting(cache);
    expect(buildDataset(tinyFiles(), { cache: counted })).toEqual(expected);
    expect(counts.stored).toEqual([key]);
    expect(JSON.parse(readFileSync(join(directory, `${key}.json`), 'utf8'))).toHaveLength(1);
  });

  it('keys a file by its kind and its text', () => {
    const text = '- id: statement:x\n';
    expect(entryCacheKey('statements', text)).toBe(entryCacheKey('statements', text));
    expect(entryCacheKey('statements', text)).not.toBe(entryCacheKey('positions', text));
    expect(entryCacheKey('statements', text)).not.toBe(entryCacheKey('statements', `${text} `));
  });

  it('reads read-only directories first and never writes to them', () => {
    const shipped = join(directory, 'shipped');
    buildDataset(tinyFiles(), { cache: directoryEntryCache({ directory: shipped }) });
    const before = readdirSync(shipped).sort();
    const own = join(directory, 'own');
    const { counted, counts } = counting(directoryEntryCache({ directory: own, readOnly: [shipped] }));
    buildDataset(tinyFiles({ positions: tinyFiles().positions[0]!.text.replace('Supports peace.', 'Backs peace.') }), { cache: counted });
    expect(counts.misses).toBe(1);
    expect(readdirSync(shipped).sort()).toEqual(before);
    expect(readdirSync(own)).toHaveLength(1);
  });

  it('removes the least recently used files past its size budget', () => {
    const entries = (n: number): CachedEntry[] => [
      { raw: { id: `statement:s-${n}`, pad: 'x'.repeat(2000) }, line: 1, entry: `statement:s-${n}` },
    ];
    const cache = directoryEntryCache({ directory, maxBytes: 5000 });
    for (const n of [1, 2]) {
      cache.set(`k${n}`, entries(n));
      utimesSync(join(directory, `k${n}.json`), n, n);
    }
    expect(cache.get('k1')).toEqual(entries(1)); // used now: k2 is the least recently used
    cache.set('k3', entries(3));
    expect(readdirSync(directory).sort()).toEqual(['k1.json', 'k3.json']);
  });

  it('lives where DIPLOMACY_GRAPH_CACHE says, and is off with `off`', () => {
    vi.stubEnv('DIPLOMACY_GRAPH_CACHE', 'off');
    expect(defaultEntryCache()).toBeNull();
    vi.stubEnv('DIPLOMACY_GRAPH_CACHE', directory);
    defaultEntryCache()?.set('k', []);
    expect(readdirSync(directory)).toEqual(['k.json']);
    vi.unstubAllEnvs();
  });
});
