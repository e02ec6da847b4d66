import { execFile, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM build script without type declarations
import { buildCliBundle } from '../../scripts/build-cli-bundle.mjs';
import { MINI_SEEDS } from '../helpers/graphs.js';
import { REPO } from './fake-io.js';

/**
 * The package's `bin`, dist/bin/diplomacy-graph.js, is the CLI bundled by esbuild
 * (scripts/build-cli-bundle.mjs). Built here into a folder two levels below the package root, as
 * dist/bin is, since the bundle finds package.json, the seeds and dist/explorer from its own URL.
 */
const OUT = join(REPO, 'node_modules', '.cli-bundle-test');
const BIN = join(OUT, 'diplomacy-graph.js');
const run = promisify(execFile);
let metafile: Metafile;

beforeAll(async () => {
  metafile = (await buildCliBundle(OUT)) as Metafile;
}, 120_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

async function exec(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: REPO });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The output file of the bundle that holds `source` (a path relative to the package root). */
function outputOf(source: string): string {
  const found = Object.entries(metafile.outputs).find(([, output]) => source in output.inputs);
  if (found === undefined) throw new Error(`no output holds ${source}`);
  return found[0];
}

/** The sources an output loads before it runs: its own and those of the outputs it imports statically, transitively. */
function staticSources(output: string, seen = new Set<string>()): Set<string> {
  const sources = new Set<string>();
  if (seen.has(output)) return sources;
  seen.add(output);
  const { inputs, imports } = metafile.outputs[output] as Metafile['outputs'][string];
  for (const source of Object.keys(inputs)) sources.add(source);
  for (const imported of imports) {
    if (imported.kind !== 'import-statement' || imported.external) continue;
    for (const source of staticSources(imported.path, seen)) sources.add(source);
  }
  return sources;
}

describe('the bundled CLI (the package bin)', () => {
  it('is what package.json names as the bin and npm start runs', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(manifest.bin['diplomacy-graph']).toBe('./dist/bin/diplomacy-graph.js');
    expect(manifest.scripts['start']).toBe('node dist/bin/diplomacy-graph.js serve');
    expect(manifest.scripts['build']).toContain('node scripts/build-cli-bundle.mjs');
  });

  it('answers as the CLI from source does: version, help, a query on the embedded seeds and on a dataset it must parse', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(await exec('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await exec('serve', '--help')).stdout).toMatch(/^Usage: diplomacy-graph serve /);
    const seeds = await exec('query', '{ entity(id: "Tokaev") { id } }');
    expect(JSON.parse(seeds.stdout).data).toEqual({ entity: { id: 'person:kassym-jomart-tokayev' } });
    // Not in the shipped entry cache: parsed with `yaml` (loaded from node_modules) and validated (zod, bundled).
    const mini = await exec('--data', MINI_SEEDS, 'validate');
    expect([mini.code, mini.stdout.split(' ')[0]]).toEqual([0, 'ok']);
    const broken = await exec('--data', join(REPO, 'no-such-folder'), 'validate');
    expect(broken.code).toBe(1);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it("serves: the first answer on a free port, without loading Node's fetch, then ends on SIGTERM with 0", async () => {
    // Which of Node's own modules the process loaded, written when it exits.
    const preload = join(OUT, 'report-builtins.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(`builtins: ${process.moduleLoadList.join(' ')}\\n`));\n");
    const child = spawn(
      process.execPath,
      ['--require', preload, BIN, 'serve', '--port', '0', '--host', '127.0.0.1', '--log-level', 'silent'],
      {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // 'close': the exit code once stdout and stderr are read to their end.
    const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /GraphQL and GraphiQL: (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      void exited.then((code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    try {
      const reply = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(id: "Tokaev") { id } }' }),
      });
      expect(((await reply.json()) as { data: unknown }).data).toEqual({ entity: { id: 'person:kassym-jomart-tokayev' } });
      const graphiql = await fetch(url, { headers: { accept: 'text/html' } });
      expect([graphiql.status, (await graphiql.text()).includes('GraphiQL')]).toEqual([200, true]);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    // Node's fetch (undici) is never read by serve (see lazyNativeRequestCheck in the build script).
    expect(output).toMatch(/builtins: .*NativeModule http /);
    expect(output).not.toMatch(/builtins: .*undici/);
  });

  it('holds one copy of graphql-js, its ES modules, whichever way a package asks for it', () => {
    const graphql = Object.keys(metafile.inputs).filter((source) => source.startsWith('node_modules/graphql/'));
    expect(graphql.length).toBeGreaterThan(50);
    expect(graphql.filter((source) => !source.endsWith('.mjs'))).toEqual([]);
  });

  it('loads graphql-js only after the entry has run (serve --mode production sets NODE_ENV before it reads it)', () => {
    const entry = relative(REPO, BIN);
    const beforeEntry = [...staticSources(entry)];
    expect(beforeEntry).toContain('src/cli/prefer-production-graphql.ts');
    expect(beforeEntry.filter((source) => source.startsWith('node_modules/'))).toEqual([]);
  });

  it("keeps each command's code out of serve's: no curation, export, tables, watcher, validation or yaml before serving", () => {
    const serve = [...staticSources(outputOf('src/cli/commands/serve.ts'))];
    const listen = [...staticSources(outputOf('src/server/listen.ts'))];
    for (const source of [...serve, ...listen]) {
      expect(source).not.toMatch(/^src\/(curate|export|library|watch)\/|^src\/dataset\/build-dataset|node_modules\/(n3|zod|yaml)\//);
    }
    expect(listen).toContain('node_modules/graphql-yoga/esm/server.js');
  });
});
