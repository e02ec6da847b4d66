import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { dataPackage, tableCsv, TIDY_TABLES } from '../../src/library/tables/index.js';
import { MINI_SEEDS, miniGraph } from '../helpers/graphs.js';
import { fakeIo } from './fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'diplomacy-graph-cli-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const { io, stdout, stderr } = fakeIo({ DATA_DIR: MINI_SEEDS }, dir);
  const code = await runCli(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('diplomacy-graph tables', () => {
  it('writes every table and datapackage.json into --out, relative to the working directory', async () => {
    const mini = await miniGraph();
    const result = await cli('tables', '--out', 'out');
    const names = [...TIDY_TABLES.map((t) => `${t.name}.csv`), 'datapackage.json'];
    expect(result).toEqual({ code: 0, stdout: names.map((n) => `wrote ${join(dir, 'out', n)}\n`).join(''), stderr: '' });
    for (const table of TIDY_TABLES) expect(readFileSync(join(dir, 'out', `${table.name}.csv`), 'utf8')).toBe(tableCsv(mini, table));
    expect(JSON.parse(readFileSync(join(dir, 'out', 'datapackage.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(dataPackage(mini))));
  });

  it('reads --data instead of DATA_DIR', async () => {
    const { io, stdout } = fakeIo({}, dir);
    expect(await runCli(['tables', '--data', MINI_SEEDS, '-o', 'from-flag'], io)).toBe(0);
    expect(stdout()).toContain(`wrote ${join(dir, 'from-flag', 'entities.csv')}\n`);
    const mini = await miniGraph();
    expect(readFileSync(join(dir, 'from-flag', 'entities.csv'), 'utf8').split('\r\n')).toHaveLength(mini.dataset.entities.length + 2);
  });

  it('exits 2 with a message and the usage on a bad command line, writing nothing', async () => {
    for (const [argv, message] of [
      [['tables'], '--out is required (a folder)'],
      [['tables', '--out', '-'], 'tables writes several files: give --out a folder'],
      [['tables', '--out', 'x', 'extra'], 'tables takes no arguments, got "extra"'],
      [['tables', '--out'], "Option '-o, --out <value>' argument missing"],
    ] as const) {
      const result = await cli(...argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')[0]).toBe(`diplomacy-graph tables: ${message}`);
      expect(result.stderr).toContain('Usage: diplomacy-graph tables --out DIR [--data DIR]');
    }
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('exits 1 naming the problem when the dataset does not load', async () => {
    const result = await cli('tables', '--data', join(dir, 'no-such-dataset'), '--out', 'never');
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('    at ');
    expect(result.stderr).toContain('no-such-dataset');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
