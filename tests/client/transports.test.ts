import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { createClient, createInProcessClient, GraphQLRequestError, operations, type DiplomacyGraphClient } from '../../src/client/index.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';
import { seedsGraph } from '../helpers/graphs.js';

let kg: KnowledgeGraph;
let server: RunningServer;
let http: DiplomacyGraphClient;
let inProcess: DiplomacyGraphClient;

beforeAll(async () => {
  kg = await seedsGraph();
  server = await listen({ kg, port: 0, host: '127.0.0.1', logger: silentLogger });
  http = createClient({ url: server.url });
  inProcess = createInProcessClient(kg);
});
afterAll(() => server.close());

/** Runs `fn` against both transports and returns both outcomes (value or thrown error). */
async function both<T>(fn: (client: DiplomacyGraphClient) => Promise<T>): Promise<[T, T]> {
  return [await fn(http), await fn(inProcess)];
}

async function rejection(promise: Promise<unknown>): Promise<GraphQLRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphQLRequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('one client API over HTTP and in-process', () => {
  it('answers the same typed data over both transports', async () => {
    const cases: Array<(c: DiplomacyGraphClient) => Promise<unknown>> = [
      (c: DiplomacyGraphClient) => c.request(operations.DatasetInfoDocument),
      (c: DiplomacyGraphClient) => c.request(operations.EntityByAliasDocument, { alias: 'U.S.' }),
      (c: DiplomacyGraphClient) => c.request(operations.EntityRelationsDocument, { alias: 'country:kz', direction: 'OUT' }),
      (c: DiplomacyGraphClient) => c.request(operations.EntityPositionsDocument, { alias: 'Tokayev' }),
      (c: DiplomacyGraphClient) => c.request(operations.EntityMentionsDocument, { alias: 'Board of Peace' }),
      (c: DiplomacyGraphClient) => c.request(operations.DocumentsDocument),
      (c: DiplomacyGraphClient) => c.request(operations.EntitiesDocument, { kind: 'COUNTRY', first: 3 }),
    ];
    for (const run of cases) {
      const [overHttp, local] = await both(run);
      expect(local).toEqual(overHttp);
    }
  });

  it('returns the dataset version in the extensions of execute()', async () => {
    const [a, b] = await both((c) => c.execute(operations.DatasetInfoDocument));
    expect(a.extensions).toEqual({ dataset: { version: kg.dataset.version } });
    expect(b.extensions).toEqual({ dataset: { version: kg.dataset.version } });
    expect(a.data?.dataset.version).toBe(kg.dataset.version);
  });

  it('resolves an unknown alias to null, not to an error', async () => {
    const [a, b] = await both((c) => c.request(operations.EntityByAliasDocument, { alias: 'no such entity anywhere' }));
    expect(a).toEqual({ entity: null });
    expect(b).toEqual({ entity: null });
  });

  it('throws GraphQLRequestError with the code from a resolver error', async () => {
    const [a, b] = await Promise.all([
      rejection(http.request(operations.EntitiesDocument, { after: 'not-a-cursor' })),
      rejection(inProcess.request(operations.EntitiesDocument, { after: 'not-a-cursor' })),
    ]);
    for (const error of [a, b]) {
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.codes).toEqual(['BAD_USER_INPUT']);
      expect(error.operationName).toBe('Entities');
      expect(error.errors).toHaveLength(1);
      expect(error.errors[0]?.path).toEqual(['entities']);
      expect(error.extensions).toEqual({ dataset: { version: kg.dataset.version } });
      expect(error.message).toBe(`GraphQL operation Entities failed: ${error.errors[0]?.message}`);
      expect(error.data).toBeNull();
    }
    expect(a.errors[0]?.message).toBe(b.errors[0]?.message);
    expect(a.status).toBe(200);
    expect(b.status).toBeNull();
  });

  it('reports validation and syntax errors with the same codes over both transports', async () => {
    const invalid = parse('query Broken { dataset { version noSuchField } }');
    const [a, b] = await Promise.all([rejection(http.request(invalid)), rejection(inProcess.request(invalid))]);
    expect(a.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(b.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(b.errors.map((e) => e.message)).toEqual(a.errors.map((e) => e.message));
    expect(a.operationName).toBe('Broken');
    expect(a.status).toBe(400);

    const [x, y] = await both((c) => c.execute('{ dataset { version }'));
    expect(x.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(y.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(y.errors?.[0]?.message).toBe(x.errors?.[0]?.message);
  });

  it('runs a query string through execute() with an operation name', async () => {
    const source = 'query A { dataset { entityCount } } query B { dataset { documentCount } }';
    const [a, b] = await both((c) => c.execute<{ dataset: { documentCount: number } }>(source, {}, 'B'));
    expect(a.data).toEqual({ dataset: { documentCount: kg.dataset.documents.length } });
    expect(b.data).toEqual(a.data);
  });
});

describe('createClient over HTTP', () => {
  it('POSTs JSON with the operation name and the configured headers', async () => {
    const seen: { method: string; headers: Headers; body: unknown }[] = [];
    const client = createClient({
      url: server.url,
      headers: () => ({ authorization: 'Bearer secret', 'x-trace': 'abc' }),
      fetch: async (input, init) => {
        seen.push({ method: init?.method ?? 'GET', headers: new Headers(init?.headers), body: JSON.parse(init?.body as string) });
        return fetch(input, init);
      },
    });
    const data = await client.request(operations.EntityByAliasDocument, { alias: 'Kazakhstan' });
    expect(data.entity?.id).toBe('country:kz');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer secret');
    expect(seen[0]?.headers.get('x-trace')).toBe('abc');
    expect(seen[0]?.body).toMatchObject({ operationName: 'EntityByAlias', variables: { alias: 'Kazakhstan' } });
    expect((seen[0]?.body as { query: string }).query).toContain('query EntityByAlias($alias: String!)');
  });

  it('throws HTTP_ERROR with the status when the answer is not a GraphQL response', async () => {
    const client = createClient({
      url: 'http://127.0.0.1:1/graphql',
      fetch: () =>
        Promise.resolve(
          new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }),
        ),
    });
    const error = await rejection(client.request(operations.DatasetInfoDocument));
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.status).toBe(502);
    expect(error.operationName).toBe('DatasetInfo');
    expect(error.errors[0]?.message).toBe(
      'HTTP 502 Bad Gateway: the server did not answer with a GraphQL response (<html>Bad gateway</html>)',
    );
  });

  it('lets a network failure propagate as the fetch error', async () => {
    const client = createClient({ url: 'http://127.0.0.1:1/graphql', fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await expect(client.request(operations.DatasetInfoDocument)).rejects.toThrow(TypeError);
  });
});

describe('createInProcessClient', () => {
  it('accepts the handle of openGraph() as well as a KnowledgeGraph', async () => {
    const fromHandle = createInProcessClient({ kg });
    const data = await fromHandle.request(operations.StatementByIdDocument, { id: kg.dataset.statements[0]!.id });
    expect(data.statement?.id).toBe(kg.dataset.statements[0]!.id);
  });
});
