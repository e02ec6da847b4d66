import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MINI_SEEDS } from '../helpers/graphs.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** Log events (JSON lines) and other lines of a process's stdout. */
function events(stdout: string): Array<{ msg: string; url?: string }> {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg: string; url?: string });
}

describe('serve --workers N (node:cluster)', () => {
  it('starts N workers on one port, answers through it, and stops them all on SIGTERM with exit 0', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        MAIN,
        'serve',
        '--workers',
        '2',
        '--port',
        '0',
        '--mode',
        'production',
        '--drain-delay-ms',
        '100',
        '--data',
        MINI_SEEDS,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const urls = await new Promise<string[]>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const listening = events(stdout).filter((e) => e.msg === 'listening');
        if (listening.length === 2) resolve(listening.map((e) => e.url as string));
      });
      void exited.then(([code]) => reject(new Error(`serve exited with ${code} before listening: ${stderr}`)));
    });
    expect(stdout).toMatch(/^diplomacy-graph serve: starting 2 workers sharing one port/);
    // Port 0 in a cluster: every worker gets the same port.
    expect(urls[0]).toBe(urls[1]);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(urls[0] as string, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ entity(id: "Tokayev") { id } }' }),
        }).then((r) => r.json()),
      ),
    );
    for (const answer of answers) expect(answer).toMatchObject({ data: { entity: { id: 'person:kassym-jomart-tokayev' } } });
    child.kill('SIGTERM');
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(events(stdout).filter((e) => e.msg === 'stopped')).toHaveLength(2);
    expect(stderr).toBe('');
  });

  it('a worker that cannot start (bad data) stops the others and the primary exits 1, without restarting it forever', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', MAIN, 'serve', '--workers', '2', '--port', '0', '--data', '/nonexistent/data'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr).toContain('/nonexistent/data');
  });
});
