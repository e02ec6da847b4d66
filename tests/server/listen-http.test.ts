import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';
import { miniGraph } from '../helpers/graphs.js';

describe('listen (a real HTTP server on 127.0.0.1)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await listen({ kg: await miniGraph(), port: 0, host: '127.0.0.1', logger: silentLogger });
  });
  afterAll(() => server.close());

  it('answers an alias lookup over HTTP with the dataset version', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/graphql`);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "Tokaev") { id name } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: unknown; extensions: { dataset: { version: string } } };
    expect(body.data).toEqual({ entity: { id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev' } });
    expect(body.extensions.dataset.version).toMatch(/^sha256:/);
  });

  it('serves GraphiQL with its assets inlined (no CDN)', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>diplomacy-graph</title>');
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
    expect(html).not.toContain('unpkg.com');
  });
});
