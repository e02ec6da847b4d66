import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/synthetic/generate.js';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import type { DatasetFile, DatasetFiles } from '../../src/dataset/build/dataset-files.js';
import { defaultSeedsDirectory } from '../../src/dataset/default-seeds-directory.js';
import type { Dataset } from '../../src/dataset/model.js';
import { readDatasetFiles } from '../../src/dataset/read-dataset-files.js';
import { rebuildDataset, type BuiltDataset } from '../../src/dataset/rebuild-dataset.js';
import { DatasetError, type DatasetIssue } from '../../src/errors.js';

type Outcome = { readonly dataset: Dataset } | { readonly issues: readonly DatasetIssue[] };

function attempt(build: () => Dataset): Outcome {
  try {
    return { dataset: build() };
  } catch (error) {
    if (error instanceof DatasetError) return { issues: error.issues };
    throw error;
  }
}

/** `files` with the file at `path` given `text` (added where it is new), or removed when `text` is null. */
function withFile(files: DatasetFiles, path: string, text: string | null): DatasetFiles {
  const file: DatasetFile | null = text === null ? null : { path, text };
  if (path === 'documents.yaml') return { ...files, documentsYaml: file };
  if (path === 'coverage.yaml') return { ...files, coverage: file };
  if (path.startsWith('documents/')) {
    const texts = new Map(files.texts);
    const name = path.slice('documents/'.length);
    if (file) texts.set(name, file);
    else texts.delete(name);
    return { ...files, texts };
  }
  const folder = path.slice(0, path.indexOf('/')) as 'vocabulary' | 'entities' | 'statements' | 'positions';
  const others = files[folder].filter((f) => f.path !== path);
  const list = file ? [...others, file].sort((a, b) => (a.path < b.path ? -1 : 1)) : others;
  return { ...files, [folder]: list };
}

function textOf(files: DatasetFiles, path: string): string {
  const all = [files.documentsYaml, files.coverage, ...files.texts.values(), ...files.vocabulary, ...files.entities];
  const file = [...all, ...files.statements, ...files.positions].find((f) => f?.path === path);
  if (!file) throw new Error(`no file ${path}`);
  return file.text;
}

/** `files` with `from` replaced by `to` in the file at `path` (which must contain it). */
function edit(files: DatasetFiles, path: string, from: string | RegExp, to: string): DatasetFiles {
  const text = textOf(files, path);
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`edit of ${path} changes nothing`);
  return withFile(files, path, edited);
}

/**
 * Builds `files` in full and incrementally from `previous`; expects the same dataset (or the same
 * problems in the same order). `kept`: the incremental build reused the previous context (it took
 * the incremental path, not a full build). Returns the next base when valid.
 */
function expectAsFullBuild(previous: BuiltDataset, files: DatasetFiles, kept: boolean): BuiltDataset | null {
  const full = attempt(() => buildDataset(files));
  const incremental = attempt(() => rebuildDataset(previous, files));
  expect(incremental).toEqual(full);
  if ('dataset' in incremental) {
    expect(incremental.dataset.documents === previous.dataset.documents).toBe(kept);
    expect(Object.isFrozen(incremental.dataset.statements)).toBe(true);
    return { dataset: incremental.dataset, files };
  }
  return null;
}

const SHARED = 'statements/shared.yaml';
const ARTICLE = 'statements/national-interest-article.yaml';
const ARTICLE_POSITIONS = 'positions/national-interest-article.yaml';
const PUBLISHED = 'statement:reliability-is-the-new-power-published-in-the-national-interest';

describe('rebuildDataset on the seeds', () => {
  let seeds: BuiltDataset;
  beforeAll(async () => {
    const files = await readDatasetFiles(defaultSeedsDirectory());
    seeds = { dataset: buildDataset(files), files };
  });

  const entry = (files: DatasetFiles, path: string, id: string): string => {
    const text = textOf(files, path);
    const start = text.indexOf(`- id: ${id}\n`);
    const end = text.indexOf('\n- ', start + 1);
    return text.slice(start, end === -1 ? undefined : end + 1);
  };

  it.each<[string, (files: DatasetFiles) => DatasetFiles, boolean]>([
    ['the same files', (f) => f, true],
    ['a comment appended to a statements file', (f) => withFile(f, SHARED, `${textOf(f, SHARED)}# edited\n`), true],
    ['a statement changed', (f) => edit(f, SHARED, 'Document 002 calls him', 'Document 002 names him'), true],
    [
      'a statement inserted at the top (the others move down)',
      (f) =>
        edit(
          f,
          SHARED,
          /\n- id: /,
          `\n- id: statement:new-one\n  subject: person:donald-trump\n  predicate: holds_office\n  object: office:president-of-the-united-states\n  qualifiers:\n    note: again\n  evidence:\n    - document: document:tokayev-explains-board-of-peace\n      quote: U.S. President Donald Trump\n- id: `,
        ),
      true,
    ],
    ['a statement removed', (f) => edit(f, SHARED, entry(f, SHARED, 'statement:trump-holds-office-us-president'), ''), true],
    [
      'two statements swapped',
      (f) => {
        const a = entry(f, SHARED, 'statement:tokayev-holds-office-president-of-kazakhstan');
        const b = entry(f, SHARED, 'statement:trump-holds-office-us-president');
        return edit(f, SHARED, `${a}${b}`, `${b}${a}`);
      },
      true,
    ],
    [
      'a new statements file',
      (f) =>
        withFile(
          f,
          'statements/zz-new.yaml',
          entry(f, SHARED, 'statement:trump-holds-office-us-president')
            .replace('statement:trump-holds-office-us-president', 'statement:copy')
            .replace('Document 002 calls him', 'A copy; document 002 calls him'),
        ),
      true,
    ],
    ['a statements file removed', (f) => withFile(f, SHARED, null), true],
    [
      'the date a position takes from a statement changed',
      (f) => edit(f, ARTICLE, 'pointInTime: "--02-18"', 'pointInTime: { value: "--02-19", inferred: a test }'),
      true,
    ],
    ['a position edited', (f) => edit(f, ARTICLE_POSITIONS, /summary: ([^\n]*)/, 'summary: $1 (edited)'), true],
    ['a quote broken', (f) => edit(f, SHARED, 'quote: U.S. President Donald Trump', 'quote: U.S. President Donald Trumpet'), false],
    ['a quote cut mid-word', (f) => edit(f, SHARED, 'quote: U.S. President Donald Trump', 'quote: U.S. President Donald Tru'), false],
    ['an unknown predicate', (f) => edit(f, SHARED, 'predicate: holds_office', 'predicate: holds_ofice'), false],
    ['an unknown entity', (f) => edit(f, SHARED, 'subject: person:donald-trump', 'subject: person:donald-trum'), false],
    ['an entity named by its alias', (f) => edit(f, SHARED, 'subject: person:donald-trump', 'subject: Donald Trump'), false],
    ['a YAML syntax error', (f) => edit(f, SHARED, 'subject: person:donald-trump', 'subject: [person:donald-trump'), false],
    ['a shape problem', (f) => edit(f, SHARED, 'subject: person:donald-trump', 'subjekt: person:donald-trump'), false],
    ['an id taken twice across files', (f) => edit(f, SHARED, 'id: statement:trump-holds-office-us-president', `id: ${PUBLISHED}`), false],
    [
      'a statement stated twice',
      (f) =>
        withFile(
          f,
          'statements/zz-new.yaml',
          entry(f, SHARED, 'statement:trump-holds-office-us-president').replace(
            'statement:trump-holds-office-us-president',
            'statement:copy',
          ),
        ),
      false,
    ],
    ['the statement a position date is taken from removed', (f) => edit(f, ARTICLE, entry(f, ARTICLE, PUBLISHED), ''), false],
    [
      'an inferredFrom naming a statement that is gone',
      (f) => {
        const text = textOf(f, ARTICLE).replace(entry(f, ARTICLE, PUBLISHED), '');
        return withFile(f, ARTICLE, text);
      },
      false,
    ],
    [
      'an entity renamed that statements reference',
      (f) => edit(f, 'entities/core.yaml', 'id: person:donald-trump', 'id: person:donald-j-trump'),
      false,
    ],
    [
      'a document text edited',
      (f) => {
        const [name, file] = [...f.texts][0] as [string, DatasetFile];
        return withFile(f, `documents/${name}`, file.text.replace('Trump', 'Trumpf'));
      },
      false,
    ],
    [
      'an anchor and an alias',
      (f) =>
        edit(
          f,
          SHARED,
          'subject: person:donald-trump\n  predicate: holds_office',
          'subject: &who person:donald-trump\n  predicate: holds_office\n  # *who',
        ),
      true,
    ],
  ])('%s: as a full build', (_name, change, kept) => {
    expectAsFullBuild(seeds, change(seeds.files), kept);
  });

  it('a series of edits, each built from the last good one', () => {
    let files = seeds.files;
    let base = seeds;
    const valid: boolean[] = [];
    const apply = (step: (f: DatasetFiles) => DatasetFiles): void => {
      files = step(files);
      const built = expectAsFullBuild(base, files, true);
      if (built) base = built;
      valid.push(built !== null);
    };
    apply((f) => edit(f, SHARED, 'Document 002 calls him', 'Document 002 names him'));
    apply((f) => edit(f, SHARED, 'quote: U.S. President Donald Trump\n', 'quote: U.S. President Donald Trumpet\n'));
    apply((f) => edit(f, SHARED, 'Document 002 names him', 'Document 002 calls him'));
    apply((f) => edit(f, SHARED, 'quote: U.S. President Donald Trumpet\n', 'quote: U.S. President Donald Trump\n'));
    const copy = entry(files, SHARED, 'statement:trump-holds-office-us-president').replace(
      'statement:trump-holds-office-us-president',
      'statement:copy',
    );
    apply((f) => withFile(f, 'statements/zz-new.yaml', copy));
    apply((f) => edit(f, 'statements/zz-new.yaml', 'Document 002 calls him', 'A copy; document 002 calls him'));
    apply((f) => edit(f, ARTICLE, 'pointInTime: "--02-18"', 'pointInTime: { value: "--02-19", inferred: a test }'));
    apply((f) => withFile(f, 'statements/zz-new.yaml', null));
    // A statement inferred from another; then that one removed (invalid), then put back.
    const inferred = copy
      .replace('statement:copy', 'statement:inferred')
      .replace('Document 002 calls him', 'Inferred, document 002 calls him')
      .replace(
        'predicate: holds_office\n',
        'predicate: holds_office\n  inferred: a test\n  inferredFrom: statement:tokayev-holds-office-president-of-kazakhstan\n',
      );
    apply((f) => withFile(f, 'statements/zz-inferred.yaml', inferred));
    const beforeRemoval = files;
    apply((f) => edit(f, SHARED, entry(f, SHARED, 'statement:tokayev-holds-office-president-of-kazakhstan'), ''));
    apply(() => beforeRemoval);
    expect(valid).toEqual([true, false, false, true, false, true, true, true, true, false, true]);
  });

  it('an alias to an anchor in another entry: the same problem as a full build, before and after the anchor changes', () => {
    const anchored = edit(
      edit(seeds.files, SHARED, 'note: Document 002 calls him', 'note: &note Document 002 calls him'),
      SHARED,
      /note: >-\n {6}000: "multifaceted[^]*?no start year is stated\)\.\n/,
      'note: *note\n',
    );
    expect(expectAsFullBuild(seeds, anchored, true)).toBeNull();
    expect(
      expectAsFullBuild(seeds, edit(anchored, SHARED, '&note Document 002 calls him', '&note Document 002 names him'), true),
    ).toBeNull();
  });
});

/** A statement or position file as a list of entries (each its text, from `- id:` to the next). */
type Chunked = { readonly path: string; readonly prelude: string; readonly entries: string[] };

const chunksOf = (path: string, text: string): Chunked => {
  const [prelude = '', ...entries] = text.split(/^(?=- )/m);
  return { path, prelude: entries.length === 0 ? '' : prelude, entries: entries.length === 0 ? [prelude] : entries };
};
const textOfChunks = (c: Chunked): string => c.prelude + c.entries.join('');

/** An edit of the synthetic dataset's entries: picked by index (modulo the list's length). */
type Op = { readonly kind: (typeof OPS)[number]; readonly file: number; readonly i: number; readonly j: number };
const OPS = [
  'delete',
  'copy',
  'copyAsNew',
  'swap',
  'move',
  'breakQuote',
  'comment',
  'renameId',
  'retarget',
  'blankLine',
  'anchor',
  'unanchor',
  'reanchor',
  'editPosition',
  'deletePosition',
  'datePosition',
] as const;

function applyOp(statements: Chunked[], positions: Chunked, op: Op): void {
  const from = statements[op.file % statements.length] as Chunked;
  const to = statements[(op.file + 1) % statements.length] as Chunked;
  const i = op.i % Math.max(1, from.entries.length);
  const j = op.j % Math.max(1, from.entries.length);
  const p = op.i % Math.max(1, positions.entries.length);
  const at = from.entries[i] ?? '';
  const set = (list: string[], k: number, text: string): void => void list.splice(k, 1, text);
  switch (op.kind) {
    case 'delete':
      return void from.entries.splice(i, 1);
    case 'copy':
      return void to.entries.splice(op.j % (to.entries.length + 1), 0, at);
    case 'copyAsNew':
      return void to.entries.push(at.replace(/^- id: (\S+)/, `- id: $1-n${op.j}`).replace(/role: [^\n]*/, `role: new ${op.j}`));
    case 'swap':
      return void ([from.entries[i], from.entries[j]] = [from.entries[j] ?? '', at]);
    case 'move':
      from.entries.splice(i, 1);
      return void to.entries.splice(op.j % (to.entries.length + 1), 0, at);
    case 'breakQuote':
      return set(from.entries, i, at.replace('quote: "', 'quote: "Zz '));
    case 'comment':
      return set(from.entries, i, `${at}# a comment\n`);
    case 'renameId':
      return set(from.entries, i, at.replace(/^- id: (\S+)/, '- id: $1-r'));
    case 'retarget':
      return set(from.entries, i, at.replace(/object: \S+/, /object: \S+/.exec(from.entries[j] ?? '')?.[0] ?? 'object: country:aa'));
    case 'blankLine':
      return set(from.entries, i, `\n${at}`);
    case 'anchor': {
      if (i >= j) return;
      set(from.entries, i, at.replace(/subject: (\S+)/, 'subject: &who $1'));
      return set(from.entries, j, (from.entries[j] ?? '').replace(/subject: \S+/, 'subject: *who'));
    }
    case 'reanchor':
      return set(from.entries, i, at.replace(/&who \S+/, `&who ${/subject: ([^\s&*]+)/.exec(from.entries[j] ?? '')?.[1] ?? 'country:aa'}`));
    case 'unanchor':
      return set(from.entries, i, at.replace(/&who /, ''));
    case 'editPosition':
      return set(positions.entries, p, (positions.entries[p] ?? '').replace(/summary: ([^\n]*)/, 'summary: $1 Edited.'));
    case 'deletePosition':
      return void positions.entries.splice(p, 1);
    case 'datePosition':
      return set(
        positions.entries,
        p,
        (positions.entries[p] ?? '').replace(/date: [^\n]*/, `date: { derivedFrom: ${/^- id: (\S+)/.exec(at)?.[1] ?? 'statement:none'} }`),
      );
  }
}

describe('rebuildDataset on a synthetic dataset, for any series of edits', () => {
  let directory: string;
  let start: BuiltDataset;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'diplomacy-graph-incremental-'));
    await generateDataset(240, directory);
    const read = await readDatasetFiles(directory);
    // Three statement files (the generator writes one), the first with a comment before its entries.
    const [only] = read.statements;
    const { entries } = chunksOf('', only?.text ?? '');
    const thirds = [entries.slice(0, 80), entries.slice(80, 160), entries.slice(160)];
    const statements = thirds.map((list, k) => ({
      path: `statements/s-${k}.yaml`,
      text: (k === 0 ? '# statements\n\n' : '') + list.join(''),
    }));
    const files = { ...read, statements };
    start = { dataset: buildDataset(files), files };
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('gives what a full build gives', () => {
    let [kept, invalid] = [0, 0];
    const op = fc.record({ kind: fc.constantFrom(...OPS), file: fc.nat(2), i: fc.nat(300), j: fc.nat(300) });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 4 }), (ops) => {
        let base = start;
        let files = start.files;
        for (const op of ops) {
          const statements = files.statements.map((f) => chunksOf(f.path, f.text));
          const positions = chunksOf(files.positions[0]?.path ?? '', files.positions[0]?.text ?? '');
          applyOp(statements, positions, op);
          files = {
            ...files,
            statements: statements.map((c) => ({ path: c.path, text: textOfChunks(c) })),
            positions: [{ path: positions.path, text: textOfChunks(positions) }],
          };
          const full = attempt(() => buildDataset(files));
          const incremental = attempt(() => rebuildDataset(base, files));
          expect(incremental).toEqual(full);
          if ('dataset' in incremental) {
            if (incremental.dataset.documents === base.dataset.documents) kept++;
            base = { dataset: incremental.dataset, files };
          } else invalid++;
        }
      }),
      { numRuns: 25 },
    );
    // Both kinds of outcome were tried: datasets built incrementally, and problems (listed by a full
    // build). Each seed draws its own series (invalid edits: 15–45 in eight runs, 7 in one that
    // failed the former floor of 10), so the floor is low enough that no seed misses it by chance.
    expect(kept).toBeGreaterThan(2);
    expect(invalid).toBeGreaterThan(2);
  });
});
