import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/run-cli.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { DatasetError, formatDatasetIssue, type DatasetIssue } from '../../src/errors.js';
import { MINI_SEEDS } from '../helpers/graphs.js';

const created: string[] = [];
afterAll(async () => {
  await Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * A copy of tests/fixtures/mini-seeds in a temp dir with one mistake: `file`'s text goes through
 * `edit`, which must change it. Returns the directory and the edited text.
 */
async function withMistake(file: string, edit: (text: string) => string): Promise<{ dir: string; text: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'dg-bad-data-'));
  created.push(dir);
  await cp(MINI_SEEDS, dir, { recursive: true });
  const before = await readFile(join(dir, file), 'utf8');
  const text = edit(before);
  expect(text).not.toBe(before);
  await writeFile(join(dir, file), text);
  return { dir, text };
}

/** 1-based line of the first line of `text` that equals `line` (trailing spaces ignored). */
function lineOf(text: string, line: string): number {
  const index = text.split('\n').findIndex((l) => l.trimEnd() === line);
  expect(index, `line ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** The issues `loadDataset` reports for `dir` (it must throw a DatasetError). */
async function issuesOf(dir: string): Promise<readonly DatasetIssue[]> {
  const error: unknown = await loadDataset(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).issues;
}

function captureIo(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: {},
    out: () => out,
    err: () => err,
  };
}

interface Case {
  readonly name: string;
  readonly file: string;
  readonly edit: (text: string) => string;
  /** The one issue expected, given the edited text (for line numbers). */
  readonly expected: (text: string) => DatasetIssue;
}

const replaceOnce = (from: string, to: string) => (text: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

const cases: readonly Case[] = [
  {
    name: 'a YAML syntax error',
    file: 'statements/statements.yaml',
    edit: replaceOnce('  predicate: member_of\n', '  predicate: [member_of\n'),
    // yaml notices the unclosed flow sequence on the next line, where the block continues.
    expected: (text) => ({
      file: 'statements/statements.yaml',
      line: lineOf(text, '  predicate: [member_of') + 1,
      entry: null,
      reason: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    }),
  },
  {
    name: 'a schema violation (a stance that does not exist)',
    file: 'positions/positions.yaml',
    edit: replaceOnce('  stance: assesses\n', '  stance: admires\n'),
    expected: (text) => ({
      file: 'positions/positions.yaml',
      line: lineOf(text, '- id: position:tokayev-board-of-peace-significant-step'),
      entry: 'position:tokayev-board-of-peace-significant-step',
      reason: 'stance: Invalid option: expected one of "supports"|"opposes"|"proposes"|"commits"|"assesses"|"rejects"|"hopes"|"expects"',
    }),
  },
  {
    name: 'a dangling reference',
    file: 'statements/statements.yaml',
    edit: replaceOnce(
      '  predicate: endorsed_by\n  object: organization:un\n',
      '  predicate: endorsed_by\n  object: organization:league-of-nations\n',
    ),
    expected: (text) => ({
      file: 'statements/statements.yaml',
      line: lineOf(text, '- id: statement:board-of-peace-endorsed-by-un'),
      entry: 'statement:board-of-peace-endorsed-by-un',
      reason: 'object: unknown entity organization:league-of-nations',
    }),
  },
  {
    name: 'a quote that is not in its document',
    file: 'statements/statements.yaml',
    edit: replaceOnce('quote: Kazakhstan became one of 19 founding countries\n', 'quote: Kazakhstan became one of 20 founding countries\n'),
    expected: (text) => ({
      file: 'statements/statements.yaml',
      line: lineOf(text, '- id: statement:kz-member-of-board-of-peace'),
      entry: 'statement:kz-member-of-board-of-peace',
      reason:
        'evidence[0]: quote not found in document:tokayev-explains-board-of-peace: "Kazakhstan became one of 20 founding countries"; ' +
        'closest passage at 2654-2700: "Kazakhstan became one of [-20-]{+19+} founding countries" ([-…-] only in the quote, {+…+} only in the document)',
    }),
  },
  {
    name: 'a duplicate id',
    file: 'entities/entities.yaml',
    edit: (text) =>
      `${text.trimEnd()}\n- id: country:kz\n  kind: country\n  name: Kazakhstan (again)\n  aliases: [Kazakhstan]\n  attributes: { iso2: KZ }\n`,
    expected: (text) => ({
      file: 'entities/entities.yaml',
      line: text.split('\n').lastIndexOf('- id: country:kz') + 1,
      entry: 'country:kz',
      reason: `duplicate id: already defined at entities/entities.yaml:${lineOf(text, '- id: country:kz')}`,
    }),
  },
  {
    name: 'a duplicate alias',
    file: 'entities/entities.yaml',
    edit: (text) =>
      `${text.trimEnd()}\n- id: country:kg\n  kind: country\n  name: Kyrgyzstan\n  aliases: [Kazakhstan]\n  attributes: { iso2: KG }\n`,
    expected: (text) => ({
      file: 'entities/entities.yaml',
      line: lineOf(text, '- id: country:kg'),
      entry: 'country:kg',
      reason: 'alias "Kazakhstan" is already claimed by country:kz (as "Kazakhstan")',
    }),
  },
  {
    name: 'a date none of its evidence sentences states (copied from another account)',
    file: 'positions/positions.yaml',
    edit: replaceOnce('  date: { derivedFrom: statement:article-published }\n', '  date: "--02-18"\n'),
    expected: (text) => ({
      file: 'positions/positions.yaml',
      line: lineOf(text, '- id: position:tokayev-board-of-peace-significant-step'),
      entry: 'position:tokayev-board-of-peace-significant-step',
      reason:
        'date: "--02-18" is stated in none of this entry\'s evidence sentences; quote the sentence that states it, ' +
        'derive it from the record that does ({ derivedFrom: statement:… | document:… }), or mark it { value, inferred: <reason> }',
    }),
  },
  {
    name: 'a duplicate statement (same subject, predicate, object and qualifiers)',
    file: 'statements/statements.yaml',
    edit: (text) =>
      `${text.trimEnd()}\n- id: statement:board-endorsed-again\n  subject: organization:board-of-peace\n  predicate: endorsed_by\n` +
      '  object: organization:un\n  evidence:\n    - document: document:tokayev-explains-board-of-peace\n' +
      '      quote: the Board of Peace is fully endorsed by the United Nations\n',
    expected: (text) => ({
      file: 'statements/statements.yaml',
      line: lineOf(text, '- id: statement:board-endorsed-again'),
      entry: 'statement:board-endorsed-again',
      reason:
        'duplicate statement: same subject, predicate, object/value and qualifiers as statement:board-of-peace-endorsed-by-un ' +
        `(statements/statements.yaml:${lineOf(text, '- id: statement:board-of-peace-endorsed-by-un')})`,
    }),
  },
  {
    name: 'a year in a name that no sentence mentioning the entity states',
    file: 'entities/entities.yaml',
    edit: replaceOnce('  name: Board of Peace\n', '  name: Board of Peace (2026)\n'),
    expected: (text) => ({
      file: 'entities/entities.yaml',
      line: lineOf(text, '- id: organization:board-of-peace'),
      entry: 'organization:board-of-peace',
      reason: 'name: states the year 2026, which no sentence mentioning the entity states',
    }),
  },
];

describe('bad data: the loader names file, line, entry and reason; the CLI refuses to serve it', () => {
  it.each(cases)('$name', async ({ file, edit, expected }) => {
    const { dir, text } = await withMistake(file, edit);
    const issues = await issuesOf(dir);
    expect(issues).toEqual([expected(text)]);

    const serve = captureIo();
    expect(await runCli(['serve', '--data', dir, '--port', '0', '--log-level', 'silent'], serve)).toBe(1);
    expect(serve.err()).toContain(formatDatasetIssue(issues[0]!));
    expect(serve.err()).toMatch(/^Dataset is invalid: 1 problem\n/);
    expect(serve.out()).toBe('');

    const validate = captureIo();
    expect(await runCli(['validate', '--data', dir], validate)).toBe(1);
    expect(validate.err()).toBe(serve.err());
    expect(validate.out()).toBe('');
  });

  it('reports every mistake at once, not only the first', async () => {
    const { dir } = await withMistake('statements/statements.yaml', (text) =>
      replaceOnce(
        '  object: organization:un\n',
        '  object: organization:league-of-nations\n',
      )(
        replaceOnce(
          'quote: Kazakhstan became one of 19 founding countries\n',
          'quote: Kazakhstan became one of 20 founding countries\n',
        )(text),
      ),
    );
    const issues = await issuesOf(dir);
    expect(issues.map((i) => i.entry)).toEqual(['statement:kz-member-of-board-of-peace', 'statement:board-of-peace-endorsed-by-un']);
  });

  it('refuses a dataset directory that does not exist', async () => {
    const io = captureIo();
    const missing = join(tmpdir(), 'dg-no-such-dataset-directory');
    expect(await runCli(['serve', '--data', missing, '--port', '0'], io)).toBe(1);
    expect(io.err()).toBe(`Dataset is invalid: 1 problem\n  ${missing}: dataset directory does not exist\n`);
  });
});
