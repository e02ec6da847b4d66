import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main as typedClientExample } from '../../examples/typed-client.js';
import { MINI_SEEDS, miniGraph } from '../helpers/graphs.js';
import { REPO } from './fake-io.js';

/** The CLI binary run from source: `node --import tsx src/cli/main.ts`. */
const BIN = [process.execPath, '--import', 'tsx', join(REPO, 'src/cli/main.ts')] as const;
const run = promisify(execFile);

async function exec(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(BIN[0], [...BIN.slice(1), ...args], { cwd: REPO, env: { ...process.env, DATA_DIR: MINI_SEEDS } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the diplomacy-graph binary (subprocess)', () => {
  it('sets the process exit code: 0 success, 1 GraphQL errors, 2 usage', async () => {
    const kg = await miniGraph();
    const ok = await exec('query', '{ dataset { version documentCount } }');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      data: { dataset: { version: kg.dataset.version, documentCount: 1 } },
      extensions: { dataset: { version: kg.dataset.version } },
    });
    expect((await exec('query', '{ nope }')).code).toBe(1);
    const usage = await exec('export', '--format', 'pdf', '--out', '-');
    expect([usage.code, usage.stderr.split('\n')[0]]).toEqual([
      2,
      'diplomacy-graph export: unknown --format "pdf" (gexf, graphml, nodelink, csv, ntriples, turtle)',
    ]);
  });

  /** Runs `serve --port 0 …args` until `use` is done with its GraphQL URL and printed output, then SIGTERM; its exit code. */
  async function withServe(args: readonly string[], use: (url: string, output: string) => Promise<void>): Promise<number | null> {
    const child = spawn(BIN[0], [...BIN.slice(1), 'serve', '--port', '0', '--host', '127.0.0.1', '--data', join(REPO, 'seeds'), ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /GraphQL(?: and GraphiQL)?: (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        void exited.then((code) => reject(new Error(`serve exited with ${code}: ${output}`)));
      });
      await use(url, output);
    } finally {
      child.kill('SIGTERM');
    }
    return exited;
  }

  it('serves on a free port until SIGTERM, answering the typed client example', async () => {
    const code = await withServe(['--log-level', 'warn'], async (url, output) => {
      const summary = await typedClientExample(url, { write: () => undefined });
      expect(summary.entity.id).toBe('person:kassym-jomart-tokayev');
      expect(output).toMatch(/^diplomacy-graph serving dataset sha256:[0-9a-f]{64} \(development\)\n/m);
    });
    expect(code).toBe(0);
  });

  it('serve --mode production answers repeated requests from the response cache, unless --no-response-cache', async () => {
    const etags = async (url: string): Promise<Array<string | null>> => {
      const tags: Array<string | null> = [];
      for (let i = 0; i < 2; i++) {
        const reply = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ entity(id: "Tokaev") { id } }' }),
        });
        expect(reply.status).toBe(200);
        tags.push(reply.headers.get('etag'));
      }
      return tags;
    };
    await withServe(['--mode', 'production', '--log-level', 'warn'], async (url) => {
      const [first, second] = await etags(url);
      expect(first).toMatch(/^"[\w-]{43}"$/);
      expect(second).toBe(first);
    });
    await withServe(['--mode', 'production', '--no-response-cache', '--log-level', 'warn'], async (url) => {
      expect(await etags(url)).toEqual([null, null]);
    });
  });
});
