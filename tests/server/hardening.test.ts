import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { boundErrorMessage, MAX_ECHOED_CHARS } from '../../src/server/bound-error-message.js';
import { jsonDepthExceeds } from '../../src/server/plugins/json-depth-exceeds.js';
import { miniGraph } from '../helpers/graphs.js';
import { GRAPHQL_RESPONSE, post, send, server } from './http.js';

/** `[[[…]]]` nested `depth` levels, as JSON text. */
const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
/** `{"a":{"a":…}}` nested `depth` levels, as JSON text. */
const nestedObject = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** Each weakness of issue 16 that a request could reach, reproduced against both modes. */
describe('hostile requests get clean 4xx answers (issue 16)', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await miniGraph();
  });
  const modes = ['production', 'development'] as const;

  const postRaw = (mode: (typeof modes)[number], body: string, accept = GRAPHQL_RESPONSE) =>
    send(server(kg, { mode }), '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });

  it.each(modes)('%s: deeply nested JSON in variables or extensions is a 400, never a 500', async (mode) => {
    for (const part of ['variables', 'extensions']) {
      for (const value of [`{"a":${nested(100_000)}}`, nestedObject(70), `{"x":${nestedObject(5000)}}`]) {
        for (const accept of [GRAPHQL_RESPONSE, 'application/json']) {
          const reply = await postRaw(mode, `{"query":"query Q($a: String) { dataset { version } }","${part}":${value}}`, accept);
          expect(reply.status).toBe(400);
          expect(reply.body.errors).toEqual([
            { message: `The request's "${part}" nest deeper than 64 levels of objects and arrays.`, extensions: { code: 'BAD_REQUEST' } },
          ]);
        }
      }
    }
  });

  it.each(modes)('%s: nested JSON in a GET query string is a 400 too', async (mode) => {
    const variables = encodeURIComponent(`{"a":${nested(10_000)}}`);
    const reply = await send(server(kg, { mode }), `/graphql?query=%7B__typename%7D&variables=${variables}`, {
      headers: { accept: GRAPHQL_RESPONSE },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('variables nested up to the limit still run (a deep `where` filter is not rejected)', async () => {
    const reply = await postRaw('production', `{"query":"{ __typename }","variables":{"x":${nested(60)}}}`);
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual({ __typename: 'Query' });
  });

  it('every alias counts toward the alias limit, __typename included', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `t${i}: __typename`).join(' ');
    const reply = await post(server(kg), { query: `{ ${aliases} }` });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { message: 'Aliases limit of 30 exceeded, found 200.', extensions: { code: 'MAX_ALIASES_EXCEEDED' } },
    ]);
  });

  it('invalid JSON: no originalError in production (only in development)', async () => {
    const production = await postRaw('production', '{"query":');
    expect(production.status).toBe(400);
    expect(production.body.errors).toEqual([{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }]);
    const plain = await postRaw('production', '{"query":', 'application/json');
    expect(plain.status).toBe(400);
    expect(plain.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('a 500 KB bad cursor comes back in at most ~200 characters', async () => {
    const cursor = 'x'.repeat(500_000);
    const reply = await post(server(kg), { query: 'query Q($c: String) { entities(after: $c) { totalCount } }', variables: { c: cursor } });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toHaveLength(1);
    const [error] = reply.body.errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(`after: "${'x'.repeat(MAX_ECHOED_CHARS)}…" (${500_000 - MAX_ECHOED_CHARS} more characters) is not a cursor`);
    expect(reply.text.length).toBeLessThan(1000);
  });

  it('a long invalid variable value is echoed in at most ~200 characters, with a code', async () => {
    const reply = await post(server(kg), {
      query: 'query Q($n: Int) { entities(first: $n) { totalCount } }',
      variables: { n: 'y'.repeat(100_000) },
    });
    expect(reply.status).toBe(400);
    expect(reply.text.length).toBeLessThan(1000);
    expect(reply.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(reply.body.errors[0].message).toContain('(99800 more characters)');
  });
});

describe('jsonDepthExceeds', () => {
  it('measures objects and arrays without recursion, at any depth', () => {
    expect(jsonDepthExceeds(null, 1)).toBe(false);
    expect(jsonDepthExceeds('text', 0)).toBe(false);
    expect(jsonDepthExceeds({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(jsonDepthExceeds({ a: [1, { b: 2 }] }, 2)).toBe(true);
    expect(jsonDepthExceeds(JSON.parse(nested(1_000_000)), 64)).toBe(true);
    expect(jsonDepthExceeds(JSON.parse(nested(64)), 64)).toBe(false);
    expect(jsonDepthExceeds(JSON.parse(nested(65)), 64)).toBe(true);
  });

  it('stops past a number of values', () => {
    expect(
      jsonDepthExceeds(
        Array.from({ length: 10 }, () => [1, 2]),
        5,
        30,
      ),
    ).toBe(false);
    expect(
      jsonDepthExceeds(
        Array.from({ length: 10 }, () => [1, 2, 3]),
        5,
        30,
      ),
    ).toBe(true);
  });
});

describe('boundErrorMessage', () => {
  it('leaves short messages alone and cuts long quoted input and long messages', () => {
    expect(boundErrorMessage('entity "x" not found')).toBe('entity "x" not found');
    const long = 'a'.repeat(300);
    expect(boundErrorMessage(`bad "${long}" here`)).toBe(`bad "${'a'.repeat(200)}…" (100 more characters) here`);
    expect(boundErrorMessage(`bad "a\\"${long}"`)).toBe(`bad "a\\"${'a'.repeat(197)}…" (103 more characters)`);
    const unquoted = 'z'.repeat(2000);
    expect(boundErrorMessage(unquoted)).toBe(`${'z'.repeat(600)}… (1400 more characters)`);
  });
});
