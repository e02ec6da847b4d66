import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiplomacyGraphServer } from '../../src/server/create-server.js';
import type { ServerLogger } from '../../src/server/logger.js';
import { createSchema } from '../../src/graphql/create-schema.js';
import { miniGraph } from '../helpers/graphs.js';
import { GRAPHQL_RESPONSE, send, server, type Reply } from './http.js';
import { GRAPHQL_TOKENS, randomOperation } from './random-operations.js';

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
});
