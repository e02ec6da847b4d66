import { spawn } from 'node:child_process';
import { request as httpRequest, Agent, type ClientRequest, type IncomingMessage } from 'node:http';
import { once } from 'node:events';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';
import { MINI_SEEDS, miniGraph } from '../helpers/graphs.js';

const BODY = JSON.stringify({ query: 'query Slow { entity(id: "Tokayev") { id name } }' });
const EXPECTED = { data: { entity: { id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev' } } };

interface SlowRequest {
  readonly request: ClientRequest;
  /** Resolves with the response once the rest of the body is sent and answered. */
  finish(): Promise<{ status: number; headers: IncomingMessage['headers']; body: unknown }>;
}

/**
 * Starts a POST whose headers (with `Expect: 100-continue`) the server has provably read: it
 * resolves when the server's `100 Continue` arrives, i.e. the request is in flight on the server,
 * and its body has not been sent yet.
 */
async function startSlowRequest(url: string): Promise<SlowRequest> {
  const request = httpRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY), expect: '100-continue' },
  });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  response.catch(() => undefined); // a test that never finishes the request reads the error itself
  request.flushHeaders();
  await once(request, 'continue');
  return {
    request,
    async finish() {
      request.end(BODY);
      const res = await response;
      let text = '';
      for await (const chunk of res) text += String(chunk);
      return { status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as unknown };
    },
  };
}

describe('graceful shutdown with listen().close()', () => {
  let running: RunningServer | null = null;
  afterEach(async () => {
    await running?.close();
    running = null;
  });

  it('lets an in-flight request finish, refuses new connections and reports draining', async () => {
    running = await listen({ kg: await miniGraph(), port: 0, host: '127.0.0.1', logger: silentLogger, mode: 'production' });
    const slow = await startSlowRequest(running.url);

    const closing = running.close();
    expect(running.close()).toBe(closing);
    const ready = await running.yoga.fetch('http://127.0.0.1/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'draining', dataset: { version: (await miniGraph()).dataset.version } });
    await expect(fetch(running.url, { method: 'POST', body: BODY, headers: { 'content-type': 'application/json' } })).rejects.toThrow();

    const reply = await slow.finish();
    expect(reply.status).toBe(200);
    expect(reply.headers['connection']).toBe('close');
    expect(reply.body).toMatchObject(EXPECTED);
    await closing;
    expect(running.server.listening).toBe(false);
  });

  it('closes idle keep-alive connections at once', async () => {
    running = await listen({ kg: await miniGraph(), port: 0, host: '127.0.0.1', logger: silentLogger });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const req = httpRequest(running.url.replace('/graphql', '/health'), { agent });
    const [socket] = (await once(req, 'socket')) as [Socket];
    const socketClosed = once(socket, 'close');
    req.end();
    const [response] = (await once(req, 'response')) as [IncomingMessage];
    response.resume();
    await once(response, 'end');
    expect(socket.destroyed).toBe(false); // kept alive for the next request
    await running.close();
    await socketClosed;
    agent.destroy();
  });

  it('gives up on a request that never finishes after shutdownTimeoutMs', async () => {
    running = await listen({ kg: await miniGraph(), port: 0, host: '127.0.0.1', logger: silentLogger, shutdownTimeoutMs: 100 });
    const slow = await startSlowRequest(running.url);
    const failed = new Promise<Error>((resolve) => slow.request.once('error', resolve));
    await running.close();
    expect((await failed).message).toMatch(/socket hang up|ECONNRESET/);
  });
});

describe('SIGTERM on `diplomacy-graph serve`', () => {
  it('drains: the in-flight request gets its answer, then the process exits 0', async () => {
    const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'serve', '--port', '0', '--mode', 'production', '--data', MINI_SEEDS], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /"msg":"listening","url":"([^"]+)"/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${stderr}`)));
    });
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

    const slow = await startSlowRequest(url);
    const draining = new Promise<void>((resolve) => {
      const check = (): void => {
        if (stdout.includes('"msg":"draining"')) resolve();
      };
      child.stdout.on('data', check);
      check();
    });
    child.kill('SIGTERM');
    await draining;
    // The server has stopped accepting; the request already in flight is still answered.
    const reply = await slow.finish();
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject(EXPECTED);
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    const events = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string; operationName?: string; status?: number });
    expect(events.map((e) => e.msg)).toEqual(['listening', 'draining', 'request', 'stopped']);
    expect(events[2]).toMatchObject({ operationName: 'Slow', status: 200 });
    expect(stderr).toBe('');
  });
});
