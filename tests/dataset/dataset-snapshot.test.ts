import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import { decodeDatasetSnapshot, encodeDatasetSnapshot } from '../../src/dataset/dataset-snapshot.js';
import { directoryEntryCache } from '../../src/dataset/directory-entry-cache.js';
import type { EntryCache } from '../../src/dataset/entry-cache.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { readDatasetFiles } from '../../src/dataset/read-dataset-files.js';
import { MINI_SEEDS } from '../helpers/graphs.js';

/** Every object reachable from `value` is frozen. */
function allFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((item) => allFrozen(item, seen));
}

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'diplomacy-graph-snapshot-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('the dataset snapshot', () => {
  it('reads back the seeds exactly as validated: equal, frozen, with shared times and evidence slices of the text', async () => {
    const built = buildDataset(await readDatasetFiles('seeds'));
    const read = decodeDatasetSnapshot(encodeDatasetSnapshot(built), built.version, built.directory);
    expect(read).toEqual(built);
    // Evidence derives its strings from offsets: compared as written (every field), not only as stored.
    expect(JSON.parse(JSON.stringify(read))).toEqual(JSON.parse(JSON.stringify(built)));
    expect(allFrozen(read)).toBe(true);
    // The seeds' texts are not all ASCII; the snapshot is (other characters escaped), and reads back exactly.
    expect(built.documents.some((d) => [...d.text].some((c) => c.charCodeAt(0) > 0x7f))).toBe(true);
    expect(encodeDatasetSnapshot(built).every((byte) => byte < 0x80)).toBe(true);
    const dated = read!.positions.filter((p) => p.date?.value === built.positions.find((x) => x.date)?.date?.value);
    expect(dated.length).toBeGreaterThan(1);
    expect(new Set(dated.map((p) => p.date)).size).toBe(1);
    const evidence = read!.statements[0]!.evidence[0]!;
    const text = read!.documents.find((d) => d.id === evidence.document)!.text;
    expect(evidence.sentence).toBe(text.slice(evidence.sentenceStart, evidence.sentenceEnd));
  });

  it('reads the same from chunks of any size (a line may span chunks), and closes a chunked source it stops reading', async () => {
    const built = buildDataset(await readDatasetFiles(MINI_SEEDS));
    const bytes = encodeDatasetSnapshot(built);
    for (const size of [1, 7, 4096, bytes.length]) {
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
      expect(decodeDatasetSnapshot(chunks, built.version, built.directory)).toEqual(built);
    }
    let closed = false;
    function* source(): Generator<Buffer, void> {
      try {
        yield bytes;
      } finally {
        closed = true;
      }
    }
    expect(decodeDatasetSnapshot(source(), 'sha256:other', built.directory)).toBeNull();
    expect(closed).toBe(true);
  });

  it('reads mentions when first used, across lines of 8192, and reports damaged mention lines then', async () => {
    const built = buildDataset(await readDatasetFiles(MINI_SEEDS));
    const first = built.mentions[0]!;
    const mentions = Array.from({ length: 20_000 }, (_, i) => Object.freeze({ ...first, start: i, end: i + 1, paragraph: i % 7 }));
    const many = Object.freeze({ ...built, mentions: Object.freeze(mentions) });
    const bytes = encodeDatasetSnapshot(many);
    const read = decodeDatasetSnapshot(bytes, built.version, built.directory)!;
    expect('get' in (Object.getOwnPropertyDescriptor(read, 'mentions') ?? {})).toBe(true);
    expect(read.mentions).toEqual(mentions);
    expect(read.mentions).toBe(read.mentions); // parsed once
    // A mention line with a record too few: the snapshot loads, and reading its mentions says what is wrong.
    const text = bytes.toString('latin1');
    const damaged = text.replace(/\[\[(\d+,){5}\d+\],/, '[');
    expect(damaged).not.toBe(text);
    const broken = decodeDatasetSnapshot(Buffer.from(damaged, 'latin1'), built.version, built.directory)!;
    expect(() => broken.mentions).toThrow('the dataset snapshot in the entry cache is damaged (its mentions)');
  });

  it('is refused for another version, and when damaged', async () => {
    const built = buildDataset(await readDatasetFiles(MINI_SEEDS));
    const bytes = encodeDatasetSnapshot(built);
    expect(decodeDatasetSnapshot(bytes, 'sha256:other', built.directory)).toBeNull();
    expect(decodeDatasetSnapshot(bytes.subarray(0, bytes.length - 10), built.version, built.directory)).toBeNull();
    expect(decodeDatasetSnapshot(Buffer.concat([bytes, Buffer.from('{}\n')]), built.version, built.directory)).toBeNull();
    // A reference past the table of strings.
    const text = bytes.toString('utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { strings: string[] };
    const cut = JSON.stringify({ ...header, strings: header.strings.slice(0, 1) });
    expect(decodeDatasetSnapshot(Buffer.from(cut + text.slice(text.indexOf('\n'))), built.version, built.directory)).toBeNull();
  });

  it('lets loadDataset skip validation for unchanged sources, and rebuild when the snapshot is damaged', async () => {
    const cache = directoryEntryCache({ directory });
    const first = await loadDataset(MINI_SEEDS, { cache });
    expect(readdirSync(directory).filter((name) => name.endsWith('.snapshot'))).toEqual([`${first.version.slice(7)}.snapshot`]);
    const reads: string[] = [];
    const counting: EntryCache = { ...cache, get: (key) => (reads.push(key), cache.get(key)) };
    expect(await loadDataset(MINI_SEEDS, { cache: counting })).toEqual(first);
    expect(reads).toEqual([]); // no file looked up: the snapshot was enough
    const damaged: EntryCache = { ...cache, getSnapshot: () => Buffer.from('{"format":"x"}\n') };
    expect(await loadDataset(MINI_SEEDS, { cache: damaged })).toEqual(first);
  });

  it('is not stored when the caller says so (the watcher)', async () => {
    await loadDataset(MINI_SEEDS, { cache: directoryEntryCache({ directory }), storeSnapshot: false });
    expect(readdirSync(directory).filter((name) => name.endsWith('.snapshot'))).toEqual([]);
  });
});
