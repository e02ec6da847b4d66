import { afterEach, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';
import { miniGraph } from '../helpers/graphs.js';

const QUERY = JSON.stringify({ query: '{ entity(id: "Tokayev") { id } }' });

describe('draining before the listener closes (drainDelayMs)', () => {
  let running: RunningServer | null = null;
  afterEach(async () => {
    await running?.close();
    running = null;
  });

  it('/ready answers 503 over HTTP as soon as draining starts; requests are still answered until the delay ends', async () => {
    running = await listen({
      kg: await miniGraph(),
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger,
      mode: 'production',
      // Long enough for the two requests below on a loaded machine (the CI runner, a shared laptop).
      drainDelayMs: 2000,
    });
    const base = running.url.replace('/graphql', '');
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const closing = running.close();
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { status: string }).status).toBe('draining');
    expect(ready.headers.get('connection')).toBe('close');
    const answer = await fetch(running.url, { method: 'POST', body: QUERY, headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ data: { entity: { id: 'person:kassym-jomart-tokayev' } } });
    expect(running.server.listening).toBe(true);
    await closing;
    expect(running.server.listening).toBe(false);
    await expect(fetch(`${base}/ready`)).rejects.toThrow();
  });
});
