import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiplomacyGraphServer } from '../../src/server/create-server.js';
import type { ServerLogger } from '../../src/server/logger.js';
import { createSchema } from '../../src/graphql/create-schema.js';
import { miniGraph } from '../helpers/graphs.js';
import { GRAPHQL_RESPONSE, send, server, type Reply } from './http.js';
import { GRAPHQL_TOKENS, randomOperation } from './random-operations.js';
import { MAX_ERROR_MESSAGE_CHARS } from '../../src/server/bound-error-message.js';

/** A JSON value nested `depth` levels deep in arrays and objects, around `leaf`. */
function nestedJson(depth: number, leaf: unknown, objects: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = objects ? { a: value } : [value];
  return value;
}

/** Variables of any shape: JSON values, nesting, long strings, wrong types, extra names. */
const anyVariableValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.jsonValue({ maxDepth: 1 }), fc.boolean()).map(([d, leaf, o]) => nestedJson(d, leaf, o)),
  fc.integer({ min: 0, max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(null, true, -1, 2 ** 53, 1e308, '', '{}', [], {}),
);

/** Statuses the server may answer with; anything else (a 5xx above all) fails the property. */
const ALLOWED_STATUSES = new Set([200, 204, 400, 404, 405, 406, 413, 415]);

/** Bounds: every property stops at its run count or its time limit, whichever comes first. */
const TIME_LIMIT_MS = 20_000;

/** Error codes a client may see: the server's own, yoga's and graphql-js's, the graph layer's. */
const KNOWN_CODES = new Set([
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNSUPPORTED_MEDIA_TYPE',
  'REQUEST_ENTITY_TOO_LARGE',
  'MAX_TOKENS_EXCEEDED',
  'MAX_DEPTH_EXCEEDED',
  'MAX_ALIASES_EXCEEDED',
  'MAX_DIRECTIVES_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'EXECUTION_TIMEOUT',
  'RESULT_TOO_LARGE',
]);

describe('fuzzing the real server (production mode, yoga.fetch)', () => {
  let yoga: DiplomacyGraphServer;
  const internalErrors: unknown[][] = [];
  const logger: ServerLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (...args) => void internalErrors.push(args),
  };
  beforeAll(async () => {
    yoga = server(await miniGraph(), { logger });
  });

  /** The checks every reply must pass: an allowed status, and only coded, expected GraphQL errors. */
  function checkReply(reply: Reply, request: unknown): void {
    const context = JSON.stringify(request).slice(0, 2000);
    expect(ALLOWED_STATUSES.has(reply.status), `status ${reply.status} for ${context}: ${reply.text.slice(0, 500)}`).toBe(true);
    expect(internalErrors, `masked internal error for ${context}`).toEqual([]);
    const errors = (reply.body as { errors?: Array<{ message: string; extensions?: { code?: unknown } }> } | null)?.errors ?? [];
    for (const error of errors) {
      // Error hygiene: client input echoed in bounded messages, no internals.
      expect(error.message.length, `unbounded message for ${context}`).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_CHARS + 100);
      expect(error.extensions ?? {}, `internals in an error for ${context}`).not.toHaveProperty('originalError');
      const code = error.extensions?.code;
      expect(typeof code === 'string' && KNOWN_CODES.has(code), `error without a known code for ${context}: ${JSON.stringify(error)}`).toBe(
        true,
      );
    }
  }

  it('random operations over the schema’s fields: never a 5xx, never an unexpected error', async () => {
    const schema = createSchema();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.gen(), fc.boolean(), async (g, asGet) => {
        runs++;
        const operation = randomOperation(g, schema);
        const reply = asGet
          ? await send(
              yoga,
              `/graphql?query=${encodeURIComponent(operation.query)}&variables=${encodeURIComponent(JSON.stringify(operation.variables))}`,
              { headers: { accept: GRAPHQL_RESPONSE } },
            )
          : await send(yoga, '/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
              body: JSON.stringify({ query: operation.query, variables: operation.variables }),
            });
        checkReply(reply, operation);
      }),
      { numRuns: 2500, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
    );
    expect(runs).toBeGreaterThan(200);
  }, 60_000);

  it('token soup and arbitrary strings as the query: never a 5xx', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(fc.constantFrom(...GRAPHQL_TOKENS), { maxLength: 80 }).map((tokens) => tokens.join(' ')),
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 100 }),
        ),
        fc.option(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 })), { nil: undefined }),
        async (query, variables) => {
          runs++;
          const request = { query, variables };
          checkReply(
            await send(yoga, '/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
              body: JSON.stringify(request),
            }),
            request,
          );
        },
      ),
      { numRuns: 2000, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
    );
    expect(runs).toBeGreaterThan(200);
  }, 60_000);

  it('arbitrary HTTP requests (methods, content types, bodies, query strings): never a 5xx', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
        fc.constantFrom('/graphql', '/health', '/ready', '/', '/graphql/x'),
        fc.option(
          fc.constantFrom(
            'application/json',
            'application/graphql',
            'application/graphql+json',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'text/plain',
            'application/json; charset=latin1',
          ),
          { nil: undefined },
        ),
        fc.constantFrom(GRAPHQL_RESPONSE, 'application/json', 'text/html', 'text/event-stream', '*/*', 'image/png'),
        fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 100 }), fc.constant('query=%7B__typename%7D&variables=%7B')),
        fc.webQueryParameters(),
        async (method, path, contentType, accept, body, search) => {
          runs++;
          const headers: Record<string, string> = { accept };
          if (contentType !== undefined) headers['content-type'] = contentType;
          const init: RequestInit = { method, headers };
          if (method !== 'GET' && method !== 'HEAD') init.body = body;
          const request = { method, path, contentType, accept, body, search };
          checkReply(await send(yoga, `${path}?${search}`, init), request);
        },
      ),
      { numRuns: 1500, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
    );
    expect(runs).toBeGreaterThan(200);
  }, 60_000);

  it('variables of any shape for random operations (nested, long, wrong types, undeclared): never a 5xx', async () => {
    const schema = createSchema();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.gen(),
        fc.dictionary(fc.string({ maxLength: 6 }), anyVariableValue, { maxKeys: 4 }),
        fc.boolean(),
        // Nesting deeper than JSON.stringify can write: added to the body as text.
        fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
        async (g, extra, replace, deep) => {
          runs++;
          const operation = randomOperation(g, schema);
          const names = Object.keys(operation.variables ?? {});
          const variables: Record<string, unknown> = { ...(replace ? {} : operation.variables), ...extra };
          for (const name of names) if (replace) variables[name] = g(() => anyVariableValue);
          const request = { query: operation.query, variables, deep };
          const text = JSON.stringify({ query: operation.query, variables });
          const nested = `"deep":${'['.repeat(deep ?? 0)}${']'.repeat(deep ?? 0)}`;
          const body = deep === undefined ? text : `${text.slice(0, -2)}${Object.keys(variables).length > 0 ? ',' : ''}${nested}}}`;
          const reply = await send(yoga, '/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
            body,
          });
          if (deep !== undefined && deep > 64) expect([400, 413], `nested ${deep} levels: ${reply.status}`).toContain(reply.status);
          checkReply(reply, request);
        },
      ),
      { numRuns: 1000, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
    );
    expect(runs).toBeGreaterThan(100);
  }, 60_000);

  it('search arguments of any value: never a 5xx, at most `first` (≤ 100) results', async () => {
    let runs = 0;
    const query = `query S($q: String!, $types: [SearchResultType!], $kinds: [EntityKind!], $prefix: Boolean, $fuzzy: Float, $all: Boolean, $first: Int) {
      search(query: $q, types: $types, kinds: $kinds, prefix: $prefix, fuzzy: $fuzzy, matchAll: $all, first: $first) { score matches { field terms } }
    }`;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc
            .array(fc.constantFrom('peace', 'council', 'tokayev', 'kazakh', 'the', 'of', '*', '"', 'ü', 'президент'), { maxLength: 30 })
            .map((w) => w.join(' ')),
          fc.integer({ min: 400, max: 5000 }).map((n) => 'ab '.repeat(n)),
        ),
        fc.option(fc.array(fc.constantFrom('ENTITY', 'STATEMENT', 'POSITION', 'DOCUMENT', 'NOPE'), { maxLength: 5 }), { nil: undefined }),
        fc.option(fc.array(fc.constantFrom('PERSON', 'COUNTRY', 'ORGANIZATION', 'nope'), { maxLength: 3 }), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, 0.2, 1, -0.1, 1.5)), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.oneof(fc.integer(), fc.constantFrom(0, 1, 100, 101, 2 ** 31 - 1)), { nil: undefined }),
        async (q, types, kinds, prefix, fuzzy, all, first) => {
          runs++;
          const request = { query, variables: { q, types, kinds, prefix, fuzzy, all, first } };
          const reply = await send(yoga, '/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
            body: JSON.stringify(request),
          });
          checkReply(reply, request);
          const hits = (reply.body as { data?: { search?: unknown[] } | null } | null)?.data?.search;
          if (hits) expect(hits.length).toBeLessThanOrEqual(Math.min(first ?? 10, 100));
        },
      ),
      { numRuns: 1500, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
    );
    expect(runs).toBeGreaterThan(100);
  }, 60_000);
});
