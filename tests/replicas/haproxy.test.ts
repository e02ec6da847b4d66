import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run test:replicas` (needs Debian's `haproxy`): two `serve` replicas behind HAProxy with the
 * shipped deploy/haproxy.cfg (only its ports changed), bounded load through HAProxy, SIGTERM to
 * one replica mid-load: not one request may fail.
 */
const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const CONFIG = fileURLToPath(new URL('../../deploy/haproxy.cfg', import.meta.url));
const LOAD_MS = 6000;
const KILL_AT_MS = 2000;
const CONCURRENCY = 8;

interface Replica {
  readonly child: ChildProcess;
  readonly base: string;
  readonly exited: Promise<[number | null, NodeJS.Signals | null]>;
  stdout: string;
}

async function startReplica(): Promise<Replica> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, 'serve', '--port', '0', '--mode', 'production', '--drain-delay-ms', '1500'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const replica = { child, exited, base: '', stdout: '' };
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      replica.stdout += chunk.toString();
      const match = /"msg":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)\/graphql"/.exec(replica.stdout);
      if (match) resolve(match[1] as string);
    });
    void exited.then(([code]) => reject(new Error(`replica exited with ${code}: ${stderr}`)));
  });
  return Object.assign(replica, { base });
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const PAGE = {
  query: 'query Page($after: String) { entities(first: 3, after: $after) { edges { cursor node { id } } pageInfo { endCursor } } }',
};
const MIX = [
  { query: '{ entity(id: "Tokayev") { id name } }' },
  { query: '{ search(query: "peace council", first: 5) { score } }' },
  { query: '{ entities(first: 20) { totalCount edges { node { id name } } } }' },
  PAGE,
];

describe('replicas behind HAProxy (deploy/haproxy.cfg)', () => {
  let replicas: Replica[] = [];
  let haproxy: ChildProcess | null = null;
  let front = '';
  let dir = '';

  beforeAll(async () => {
    replicas = await Promise.all([startReplica(), startReplica()]);
    const port = await freePort();
    front = `http://127.0.0.1:${port}`;
    dir = mkdtempSync(join(tmpdir(), 'dg-haproxy-'));
    const [a, b] = replicas.map((r) => r.base.replace('http://', '')) as [string, string];
    const config = readFileSync(CONFIG, 'utf8')
      .replace('bind 127.0.0.1:4000', `bind 127.0.0.1:${port}`)
      .replace('127.0.0.1:4001', a)
      .replace('127.0.0.1:4002', b);
    writeFileSync(join(dir, 'haproxy.cfg'), config);
    haproxy = spawn('haproxy', ['-db', '-f', join(dir, 'haproxy.cfg')], { stdio: ['ignore', 'ignore', 'pipe'] });
    // Up: HAProxy answers, and both replicas have passed their checks (rise 2 × inter 500 ms).
    const deadline = Date.now() + 20_000;
    let healthy = 0;
    while (healthy < 6) {
      if (Date.now() > deadline) throw new Error('HAProxy did not come up');
      const status = await fetch(`${front}/ready`).then(
        (reply) => reply.status,
        () => 0,
      );
      healthy = status === 200 ? healthy + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 60_000);

  afterAll(async () => {
    for (const replica of replicas) replica.child.kill('SIGKILL');
    haproxy?.kill('SIGTERM');
    if (haproxy) await once(haproxy, 'exit');
    rmSync(dir, { recursive: true, force: true });
  });

  it('cursors and ETags from one replica are valid on the other (same dataset version)', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const first = (await (await post(a.base, PAGE)).json()) as { data: { entities: { pageInfo: { endCursor: string } } } };
    const after = first.data.entities.pageInfo.endCursor;
    const nextOnA = await (await post(a.base, { ...PAGE, variables: { after } })).json();
    const nextOnB = await (await post(b.base, { ...PAGE, variables: { after } })).json();
    expect(nextOnB).toEqual(nextOnA);
    const onA = await post(a.base, MIX[0]);
    const etag = onA.headers.get('etag') as string;
    expect(etag).toMatch(/^"/);
    const onB = await post(b.base, MIX[0]);
    expect(onB.headers.get('etag')).toBe(etag);
    expect((await post(b.base, MIX[0], { 'if-none-match': etag })).status).toBe(304);
  });

  it('SIGTERM to one replica under load: 0 failed requests, and the replica exits 0', async () => {
    const failures: string[] = [];
    let done = 0;
    const started = Date.now();
    const worker = async (w: number): Promise<void> => {
      for (let i = w; Date.now() - started < LOAD_MS; i++) {
        const body = MIX[i % MIX.length];
        try {
          const reply = await post(front, body);
          const text = await reply.text();
          if (reply.status !== 200 || text.includes('"errors"'))
            failures.push(`${Date.now() - started} ms: ${reply.status} ${text.slice(0, 120)}`);
        } catch (error) {
          failures.push(String((error as Error).cause ?? error));
        }
        done++;
      }
    };
    const victim = replicas[0] as Replica;
    const kill = new Promise<void>((resolve) =>
      setTimeout(() => {
        victim.child.kill('SIGTERM');
        resolve();
      }, KILL_AT_MS),
    );
    await Promise.all([...Array.from({ length: CONCURRENCY }, (_, w) => worker(w)), kill]);
    const [code] = await victim.exited;
    expect(code).toBe(0);
    expect(victim.stdout).toContain('"msg":"draining"');
    expect(failures).toEqual([]);
    expect(done).toBeGreaterThan(100);
    console.info(
      `replicas: ${done} requests in ${LOAD_MS} ms through HAProxy, replica 1 stopped at ${KILL_AT_MS} ms, ${failures.length} failed`,
    );
    // The other replica kept answering after the first one left.
    expect((await post(front, MIX[0])).status).toBe(200);
  }, 60_000);
});
