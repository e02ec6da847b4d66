import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createYogaServer } from '../../src/server/create-yoga-server.js';
import type { ServerLogger } from '../../src/server/logger.js';
import { useDatasetResponseCache } from '../../src/server/plugins/use-dataset-response-cache.js';
import { ResponseReplay } from '../../src/server/response-replay.js';
import { miniGraph } from '../helpers/graphs.js';

/** A response as it came off the socket: status line, header pairs as sent (but Date), body bytes. */
interface RawReply {
  readonly status: number;
  readonly statusText: string;
  readonly headers: readonly string[];
  readonly body: Buffer;
}

function raw(url: string, body: string, headers: Record<string, string> = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const pairs: string[] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            if (res.rawHeaders[i] !== 'Date') pairs.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
          }
          resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: pairs, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const LOOKUP = JSON.stringify({
  query: 'query Lookup($id: String!) { entity(id: $id) { id name aliases } }',
  variables: { id: 'Tokaev' },
});

describe('ResponseReplay (response cache hits answered at the socket)', () => {
  // As `listen` wires it (the swap and shutdown tests run `listen` itself), counting what reaches yoga.
  let server: Server;
  let url: string;
  const lines: Array<Record<string, unknown>> = [];
  let yogaCalls = 0;
  let uncached: ReturnType<typeof createYogaServer>;
  beforeAll(async () => {
    const record = (fields: unknown): void => void lines.push(fields as Record<string, unknown>);
    const logger: ServerLogger = { debug: () => undefined, info: record, warn: () => undefined, error: () => undefined };
    const replay = new ResponseReplay({ endpoint: '/graphql', logger });
    const kg = await miniGraph();
    uncached = createYogaServer({ kg, mode: 'production', logger, responseCache: false });
    const yoga = createYogaServer({ kg, mode: 'production', logger }, (version) => useDatasetResponseCache(version, { replay }));
    server = createServer((req, res) =>
      replay.handle(req, res, (request, response) => {
        yogaCalls += 1;
        void yoga.handle(request, response);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('replays a repeated request with the same status, headers and bytes, and the same log line, without yoga', async () => {
    const origin = { origin: 'http://app.example', accept: 'application/graphql-response+json' };
    const first = await raw(url, LOOKUP, origin);
    expect(first.status).toBe(200);
    expect(first.headers).toContain('access-control-allow-origin: http://app.example');
    expect(first.headers.some((h) => h.startsWith('etag: "'))).toBe(true);
    const calls = yogaCalls;
    lines.length = 0;
    const second = await raw(url, LOOKUP, origin);
    const third = await raw(url, LOOKUP, origin);
    expect(yogaCalls).toBe(calls);
    for (const replayed of [second, third]) {
      expect(replayed.status).toBe(first.status);
      expect(replayed.statusText).toBe(first.statusText);
      expect(replayed.headers).toEqual(first.headers);
      expect(replayed.body.equals(first.body)).toBe(true);
    }
    // The bytes an uncached server computes for the same request.
    const computed = await uncached.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...origin },
      body: LOOKUP,
    });
    expect(Buffer.from(await computed.arrayBuffer()).equals(third.body)).toBe(true);
    expect(computed.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(lines.slice(0, 2).map(({ durationMs, ...fields }) => ({ ...fields, timed: typeof durationMs === 'number' }))).toEqual([
      { msg: 'request', method: 'POST', path: '/graphql', status: 200, operationName: 'Lookup', timed: true },
      { msg: 'request', method: 'POST', path: '/graphql', status: 200, operationName: 'Lookup', timed: true },
    ]);
  });

  it('answers the same body with other request headers through yoga first, with their own headers', async () => {
    const plain = await raw(url, LOOKUP);
    const calls = yogaCalls;
    const json = await raw(url, LOOKUP);
    expect(yogaCalls).toBe(calls);
    expect(json.headers).toEqual(plain.headers);
    expect(plain.headers).toContain('Content-Type: application/json; charset=utf-8');
    expect(plain.headers.some((h) => h.startsWith('access-control-allow-origin'))).toBe(false);
    const other = await raw(url, LOOKUP, { origin: 'http://other.example' });
    expect(yogaCalls).toBe(calls + 1);
    expect(other.headers).toContain('access-control-allow-origin: http://other.example');
    expect(other.body.equals(plain.body)).toBe(true);
  });

  it('leaves conditional requests to yoga, which answers 304', async () => {
    const first = await raw(url, LOOKUP);
    const etag = first.headers.find((h) => h.startsWith('etag: '))?.slice('etag: '.length) ?? '';
    const calls = yogaCalls;
    const conditional = await raw(url, LOOKUP, { 'if-none-match': etag });
    expect(conditional.status).toBe(304);
    expect(conditional.body.length).toBe(0);
    expect(yogaCalls).toBe(calls + 1);
  });

  it('never replays invalid requests or answers with errors: each gets its GraphQL error through yoga', async () => {
    const cases = [
      JSON.stringify({ query: '{ entity(id: "Tokaev") { nope } }' }),
      JSON.stringify({ query: '{ entity(id: ' }),
      '{"query": ',
      JSON.stringify({ query: 'query Q($id: String!) { entity(id: $id) { id } }' }),
      JSON.stringify({ query: '{ egoNetwork(entity: "no such entity") { truncated } }' }),
    ];
    for (const body of cases) {
      const first = await raw(url, body);
      const calls = yogaCalls;
      const again = await raw(url, body);
      expect({ body, calls: yogaCalls }).toEqual({ body, calls: calls + 1 });
      expect(again.status).toBe(first.status);
      expect(again.body.toString()).toBe(first.body.toString());
      expect(JSON.parse(again.body.toString())).toHaveProperty('errors');
    }
  });

  it('answers a hit for another spelling of the same request through yoga from the cache, then replays it', async () => {
    await raw(url, LOOKUP);
    const spaced = LOOKUP.replace('{"query"', '{ "query"');
    const calls = yogaCalls;
    const first = await raw(url, spaced);
    const second = await raw(url, spaced);
    expect(yogaCalls).toBe(calls + 1);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers).toEqual(first.headers);
  });
});
