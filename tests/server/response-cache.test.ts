import { createSchema, createYoga } from 'graphql-yoga';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { useDatasetResponseCache, type DatasetResponseCacheOptions } from '../../src/server/plugins/use-dataset-response-cache.js';
import { miniGraph } from '../helpers/graphs.js';
import { deepQuery, post, send, server } from './http.js';

/** A yoga server with the cache whose resolvers count their calls (`calls`) and can fail on demand. */
function countingServer(options: DatasetResponseCacheOptions = {}) {
  const state = { calls: 0, fail: false };
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { echo(text: String!): String!, big(size: Int!, char: String = "x"): String! }',
      resolvers: {
        Query: {
          echo: (_: unknown, { text }: { text: string }) => {
            state.calls += 1;
            if (state.fail) throw new Error('boom');
            return text;
          },
          big: (_: unknown, { size, char }: { size: number; char: string }) => {
            state.calls += 1;
            return char.repeat(size);
          },
        },
      },
    }),
    logging: false,
    maskedErrors: true,
    plugins: [useDatasetResponseCache('sha256:test', options)],
  });
  const ask = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  return { state, ask };
}

const ECHO = { query: 'query Echo($t: String!) { echo(text: $t) }', variables: { t: 'hello' } };

describe('useDatasetResponseCache', () => {
  it('answers a repeated request from the cache, byte for byte, with a strong ETag, without executing', async () => {
    const { state, ask } = countingServer();
    const first = await ask(ECHO);
    const firstText = await first.text();
    expect(JSON.parse(firstText)).toEqual({ data: { echo: 'hello' } });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const second = await ask(ECHO);
    expect(await second.text()).toBe(firstText);
    expect(second.headers.get('etag')).toBe(etag);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(state.calls).toBe(1);
  });

  it('keys by document, variables, operation name and extensions', async () => {
    const { state, ask } = countingServer();
    await ask(ECHO);
    const other = await ask({ ...ECHO, variables: { t: 'bye' } });
    expect(await other.json()).toEqual({ data: { echo: 'bye' } });
    await ask({ ...ECHO, operationName: 'Echo' });
    await ask({ ...ECHO, extensions: { note: 1 } });
    await ask({ ...ECHO, query: 'query Echo($t: String!) { echo(text: $t) } ' });
    expect(state.calls).toBe(5);
    await ask({ ...ECHO, variables: { t: 'bye' } });
    expect(state.calls).toBe(5);
  });

  it('never caches an answer with errors', async () => {
    const { state, ask } = countingServer();
    state.fail = true;
    const failed = await ask(ECHO);
    expect(((await failed.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    expect(failed.headers.get('etag')).toBeNull();
    state.fail = false;
    expect(await (await ask(ECHO)).json()).toEqual({ data: { echo: 'hello' } });
    expect(state.calls).toBe(2);
  });

  it('answers If-None-Match with its own ETag by 304 without a body; another ETag gets the answer', async () => {
    const { ask } = countingServer();
    const etag = (await ask(ECHO)).headers.get('etag') as string;
    const notModified = await ask(ECHO, { 'if-none-match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(await notModified.text()).toBe('');
    const stale = await ask(ECHO, { 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
    expect(await stale.json()).toEqual({ data: { echo: 'hello' } });
    // Another request's ETag does not make this one "not modified".
    const other = await ask({ ...ECHO, variables: { t: 'bye' } }, { 'if-none-match': etag });
    expect(other.status).toBe(200);
  });

  it('keeps at most maxEntries answers, the least recently used going first', async () => {
    const { state, ask } = countingServer({ maxEntries: 2 });
    const echo = (t: string) => ask({ ...ECHO, variables: { t } });
    await echo('a');
    await echo('b');
    await echo('a'); // hit: a is now the most recently used
    await echo('c'); // evicts b
    expect(state.calls).toBe(3);
    await echo('a');
    expect(state.calls).toBe(3);
    await echo('b');
    expect(state.calls).toBe(4);
  });

  it('keeps at most maxBytes of answers and never caches a larger one', async () => {
    const { state, ask } = countingServer({ maxBytes: 1000 });
    const big = (size: number) => ask({ query: `{ big(size: ${size}) }` });
    await big(2000);
    await big(2000);
    expect(state.calls).toBe(2);
    await big(400);
    await big(400);
    expect(state.calls).toBe(3);
    await big(600); // 400 + 600 + envelopes > 1000: the 400 goes
    await big(400);
    expect(state.calls).toBe(5);
  });

  it('keys only by the variables the document mentions: an unused extra variable or another order is a hit', async () => {
    const { state, ask } = countingServer();
    const query = 'query Echo($t: String!) { echo(text: $t) }';
    const first = await ask({ query, variables: { t: 'a', u: 'b' } });
    for (let i = 0; i < 5; i++) await ask({ query, variables: { [`unused${i}`]: 'x'.repeat(1000), t: 'a' } });
    expect(state.calls).toBe(1);
    await ask({ query, variables: { t: 'b', u: 'b' } });
    expect(state.calls).toBe(2);
    expect(await first.json()).toEqual({ data: { echo: 'a' } });
  });

  it('counts UTF-8 bytes, not characters: 400 two-byte characters do not fit in 1000 bytes', async () => {
    const { state, ask } = countingServer({ maxBytes: 1000 });
    const big = (char: string) => ask({ query: `{ big(size: 400, char: "${char}") }` });
    await big('é');
    await big('é');
    expect(state.calls).toBe(2);
    await big('e');
    await big('e');
    expect(state.calls).toBe(3);
  });

  it('sends parameters of the wrong types the normal way, to their error, even when a well-formed one is cached', async () => {
    const { ask } = countingServer();
    await ask(ECHO);
    for (const operationName of [{}, 1, true, []]) {
      const reply = await ask({ ...ECHO, operationName }, { accept: 'application/graphql-response+json' });
      expect(reply.status).toBe(400);
    }
    const badVariables = await ask({ ...ECHO, variables: [1] }, { accept: 'application/graphql-response+json' });
    expect(badVariables.status).toBe(400);
  });
});

describe('the response cache in the server', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await miniGraph();
  });
  const QUERY = { query: '{ entities(first: 2) { totalCount edges { node { id name } } } }' };

  it('is on in production: the same bytes with the dataset version, and an ETag', async () => {
    const yoga = server(kg);
    const first = await post(yoga, QUERY);
    const second = await post(yoga, QUERY);
    expect(first.body.extensions).toEqual({ dataset: { version: kg.dataset.version } });
    expect(second.text).toBe(first.text);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(first.headers.get('etag')).not.toBeNull();
  });

  it('is off in development, and when responseCache is false', async () => {
    for (const yoga of [server(kg, { mode: 'development' }), server(kg, { responseCache: false })]) {
      const reply = await post(yoga, QUERY);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('etag')).toBeNull();
    }
  });

  it('serves GET and POST of the same query alike, and still checks every request of a different shape', async () => {
    const yoga = server(kg);
    const viaPost = await post(yoga, QUERY);
    const viaGet = await send(yoga, `/graphql?query=${encodeURIComponent(QUERY.query)}`, { headers: { accept: 'application/json' } });
    expect(viaGet.body).toEqual(viaPost.body);
    for (let i = 0; i < 2; i++) expect((await post(yoga, { query: deepQuery(30) })).status).toBe(400);
    const invalid = await post(yoga, { query: '{ entities(first: 2) { nope } }' });
    expect(invalid.status).toBe(400);
    expect((await post(yoga, { query: '{ entities(first: 2) { nope } }' })).status).toBe(400);
  });
});
