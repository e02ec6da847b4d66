import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, runCli, USAGE } from '../../src/cli/index.js';
import { exportAs, EXPORT_FORMATS } from '../../src/export/index.js';
import { coverageReport } from '../../src/graph/coverage-report.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { executeQuery } from '../../src/graphql/execute-query.js';
import { MINI_SEEDS, miniGraph } from '../helpers/graphs.js';
import { fakeIo, REPO } from './fake-io.js';

let mini: KnowledgeGraph;
const dir = mkdtempSync(join(tmpdir(), 'diplomacy-graph-cli-'));

beforeAll(async () => {
  mini = await miniGraph();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI on the mini dataset; returns exit code, stdout and stderr. */
async function cli(...argv: string[]) {
  const { io, stdout, stderr } = fakeIo({ DATA_DIR: MINI_SEEDS });
  const code = await runCli(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('help and usage errors', () => {
  it('lists every command; exits 2 without one and for an unknown one', async () => {
    const help = await cli('--help');
    expect(help).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    for (const command of COMMANDS) expect(USAGE).toContain(`  ${command.name.padEnd(10)} ${command.summary}`);
    expect(await cli()).toEqual({ code: 2, stdout: '', stderr: USAGE });
    const unknown = await cli('frobnicate');
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([2, 'diplomacy-graph: unknown command "frobnicate"']);
    expect((await cli('help', 'frobnicate')).code).toBe(2);
  });

  it('prints each command its own help with --help, -h and help <command>', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(await cli(command.name, '--help')).toEqual({ code: 0, stdout: command.usage, stderr: '' });
      expect(await cli(command.name, '-h')).toEqual({ code: 0, stdout: command.usage, stderr: '' });
      expect(await cli('help', command.name)).toEqual({ code: 0, stdout: command.usage, stderr: '' });
      const bad = await cli(command.name, '--no-such-flag');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`diplomacy-graph ${command.name}: Unknown option '--no-such-flag'`);
      expect(bad.stderr).toContain(command.usage);
    }
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(await cli('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('validate', () => {
  it('prints the version and counts of a valid dataset', async () => {
    const d = mini.dataset;
    expect(await cli('validate')).toEqual({
      code: 0,
      stdout: `ok ${d.version}\n1 documents, ${d.entities.length} entities, ${d.statements.length} statements, ${d.positions.length} positions, ${d.mentions.length} mentions\n`,
      stderr: '',
    });
    expect((await cli('--data', MINI_SEEDS, 'validate')).stdout).toContain(`ok ${d.version}`);
  });

  it('exits 1 with every problem of an invalid dataset', async () => {
    const broken = join(dir, 'broken');
    cpSync(MINI_SEEDS, broken, { recursive: true });
    const statements = join(broken, 'statements', 'statements.yaml');
    writeFileSync(
      statements,
      readFileSync(statements, 'utf8').replace('Kazakhstan maintains strong relations with Israel', 'Kazakhstan never said this'),
    );
    const result = await cli('validate', '--data', broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^Dataset is invalid: 1 problem\n {2}statements\/statements\.yaml:\d+ \[statement:kz-relation-with-il\]: .+\n$/,
    );
  });
});

describe('stats', () => {
  it('prints the coverage report as JSON with --json', async () => {
    const { code, stdout } = await cli('stats', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(coverageReport(mini))));
  });

  it('prints the coverage report as text', async () => {
    const report = coverageReport(mini);
    const { code, stdout } = await cli('stats');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `dataset ${mini.dataset.version}`,
      'entities 13 (person 2, country 4, organization 2, company 1, outlet 1, project 1, topic 1, work 1)',
      `statements 9, positions 3, mentions ${mini.dataset.mentions.length}, evidence ${report.evidence}`,
    ]);
    const doc = report.documents['document:tokayev-explains-board-of-peace']!;
    expect(lines).toContain(
      `  document:tokayev-explains-board-of-peace: statements 9, positions 3, paragraphs ${doc.paragraphs}, uncovered ${doc.uncoveredParagraphs.length}, excused ${doc.excusedParagraphs.length}`,
    );
    expect(lines.filter((l) => l.startsWith('    uncovered ¶'))).toHaveLength(doc.uncoveredParagraphs.length);
    expect(lines).toContain(`unlinked names: ${report.unlinkedNames.length}`);
  });
});

describe('query', () => {
  const json = (text: string) =>
    JSON.parse(text) as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: { code?: string } }> };

  it('runs an inline document and prints the whole response', async () => {
    const source = '{ entity(id: "Tokayev") { id name } }';
    const { code, stdout, stderr } = await cli('query', source);
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(await executeQuery({ kg: mini }, source))));
    expect(json(stdout).data).toEqual({ entity: { id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev' } });
  });

  it('types --var values by the variable declarations and merges --variables', async () => {
    const file = join(dir, 'entities.graphql');
    writeFileSync(
      file,
      'query Page($kind: EntityKind, $first: Int, $withTotal: Boolean!, $alias: String!) { entities(kind: $kind, first: $first) { totalCount @include(if: $withTotal) nodes { id } } entity(id: $alias) { id } }',
    );
    const result = await cli(
      'query',
      '--file',
      file,
      '--var',
      'kind=COUNTRY',
      '--var',
      'first=2',
      '--variables',
      '{"withTotal": true, "alias": "x"}',
      '--var',
      'alias=U.S.',
    );
    expect(result.code).toBe(0);
    expect(json(result.stdout).data).toEqual({
      entities: { totalCount: 4, nodes: [{ id: 'country:kz' }, { id: 'country:us' }] },
      entity: { id: 'country:us' },
    });
  });

  it('runs a named operation of operations/*.graphql by name, and picks the --operation of a document', async () => {
    const named = await cli('query', '--operation', 'EntityByAlias', '--var', 'alias=Council for Peace');
    expect(named.code).toBe(0);
    expect(json(named.stdout).data?.['entity']).toMatchObject({ id: 'organization:board-of-peace', name: 'Board of Peace' });
    const two = await cli('query', 'query A { dataset { entityCount } } query B { dataset { documentCount } }', '--operation', 'B');
    expect(json(two.stdout).data).toEqual({ dataset: { documentCount: 1 } });
    const files = await cli(
      'query',
      '--file',
      'operations/fragments.graphql',
      '--file',
      'operations/records.graphql',
      '--operation',
      'PositionById',
      '--var',
      'id=position:tokayev-reliable-partner',
    );
    expect(files.code).toBe(0);
    expect(json(files.stdout).data?.['position']).toMatchObject({ id: 'position:tokayev-reliable-partner', stance: 'COMMITS' });
  });

  it('exits 1 when the response has errors, printing them', async () => {
    const invalid = await cli('query', '{ entity(id: "kz") { nope } }');
    expect(invalid.code).toBe(1);
    expect(json(invalid.stdout).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const syntax = await cli('query', '{ entity(');
    expect([syntax.code, json(syntax.stdout).errors?.[0]?.extensions?.code]).toEqual([1, 'GRAPHQL_PARSE_FAILED']);
    const resolver = await cli('query', '{ entities(after: "nope") { totalCount } }');
    expect([resolver.code, json(resolver.stdout).errors?.[0]?.extensions?.code]).toEqual([1, 'BAD_USER_INPUT']);
  });

  it('exits 1 for a name that matches no entity, printing the UNKNOWN_ENTITY error with the closest entities', async () => {
    const { code, stdout, stderr } = await cli('query', '{ positions(where: { holder: { is: "Tokaiev" } }) { totalCount } }');
    expect([code, stderr]).toEqual([1, '']);
    expect(JSON.parse(stdout)).toMatchObject({
      data: null,
      errors: [
        {
          message: 'where.holder.is: no entity is named "Tokaiev" — did you mean Kassym-Jomart Tokayev (person:kassym-jomart-tokayev)?',
          path: ['positions'],
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'UNKNOWN_ENTITY',
            argument: 'where.holder.is',
            value: 'Tokaiev',
            suggestions: [
              { id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', kind: 'PERSON', matchedBy: 'ALIAS', alias: 'Tokayev' },
            ],
          },
        },
      ],
    });
  });

  it('exits 2 on usage errors', async () => {
    const cases: Array<[string[], string]> = [
      [['query'], 'no query: give a document, --file FILE, or --operation NAME'],
      [['query', '{ a }', '{ b }'], 'query takes one document, got 2 arguments (quote the document)'],
      [['query', '{ a }', '--file', 'x.graphql'], 'give the document either as an argument or with --file, not both'],
      [['query', '--file', 'no/such.graphql'], '--file no/such.graphql: no such file'],
      [['query', '{ dataset { version } }', '--variables', '[1]'], '--variables must be a JSON object'],
      [['query', '{ dataset { version } }', '--variables', '{oops'], '--variables is not valid JSON'],
      [['query', '{ dataset { version } }', '--var', 'x=1'], '--var x: the operation declares no variable $x (declared: none)'],
      [['query', 'query Q($n: Int) { entities(first: $n) { totalCount } }', '--var', 'n=ten'], '--var n: expected an integer, got ten'],
      [['query', 'query Q($n: Int) { entities(first: $n) { totalCount } }', '--var', 'n'], '--var expects name=value, got "n"'],
      [['query', '--operation', 'NoSuchOperation'], 'no document given and "NoSuchOperation" is not one of the named operations'],
    ];
    for (const [argv, message] of cases) {
      const result = await cli(...argv);
      expect([argv, result.code]).toEqual([argv, 2]);
      expect(result.stderr.startsWith(`diplomacy-graph query: ${message}`)).toBe(true);
      expect(result.stdout).toBe('');
    }
  });
});

describe('export', () => {
  it('writes every format to --out and reports the paths', async () => {
    for (const format of EXPORT_FORMATS) {
      const out = format === 'csv' ? 'csv-out' : `graph.${format}`;
      const { io, stdout } = fakeIo({ DATA_DIR: MINI_SEEDS }, dir);
      expect(await runCli(['export', '--format', format, '--out', out], io)).toBe(0);
      if (format === 'csv') {
        expect(stdout()).toBe(`wrote ${join(dir, out, 'nodes.csv')}\nwrote ${join(dir, out, 'edges.csv')}\n`);
        expect(readFileSync(join(dir, out, 'edges.csv'), 'utf8')).toBe(exportAs(mini, 'csv').edges);
      } else {
        expect(stdout()).toBe(`wrote ${join(dir, out)}\n`);
        expect(readFileSync(join(dir, out), 'utf8')).toBe(exportAs(mini, format));
      }
    }
  });

  it('writes to stdout with --out - and passes the format options', async () => {
    expect(await cli('export', '--format', 'ntriples', '--out', '-', '--base', 'https://example.org/dg/')).toEqual({
      code: 0,
      stdout: exportAs(mini, 'ntriples', { base: 'https://example.org/dg/' }),
      stderr: '',
    });
    expect((await cli('export', '-f', 'nodelink', '-o', '-', '--no-values')).stdout).toBe(exportAs(mini, 'nodelink', { values: false }));
    expect((await cli('export', '--format', 'csv', '--out', join(dir, 'pipes'), '--array-delimiter', '|')).code).toBe(0);
    expect(readFileSync(join(dir, 'pipes', 'nodes.csv'), 'utf8')).toBe(exportAs(mini, 'csv', { arrayDelimiter: '|' }).nodes);
  });

  it('exits 2 on usage errors and 1 when the data cannot be written in the format', async () => {
    const usage: Array<[string[], string]> = [
      [['export', '--out', 'x'], '--format is required'],
      [['export', '--format', 'pdf', '--out', 'x'], 'unknown --format "pdf"'],
      [['export', '--format', 'gexf'], '--out is required'],
      [['export', '--format', 'csv', '--out', '-'], 'csv writes two files: give --out a folder'],
      [['export', '--format', 'turtle', '--out', '-', '--base', 'urn:x'], '--base: RDF base must be an absolute http(s) IRI'],
      [['export', '--format', 'csv', '--out', 'x', '--array-delimiter', ',,'], '--array-delimiter must be one character'],
    ];
    for (const [argv, message] of usage) {
      const result = await cli(...argv);
      expect([argv, result.code]).toEqual([argv, 2]);
      expect(result.stderr.startsWith(`diplomacy-graph export: ${message}`)).toBe(true);
    }
    const clash = await cli('export', '--format', 'csv', '--out', join(dir, 'clash'), '--array-delimiter', ' ');
    expect(clash.code).toBe(1);
    expect(clash.stderr).toBe(
      'CSV export: "Kassym-Jomart Tokayev" (aliases) contains the array delimiter " "; choose another arrayDelimiter\n',
    );
  });
});

describe('serve', () => {
  it('exits 2 on bad flags before listening', async () => {
    const port = await cli('serve', '--port', '70000');
    expect([port.code, port.stderr.split('\n')[0]]).toEqual([2, 'diplomacy-graph serve: --port must be an integer from 0 to 65535']);
    expect((await cli('serve', 'extra')).code).toBe(2);
  });
});
