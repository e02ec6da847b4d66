import { GraphQLError } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchOperations } from '../../bench/operations.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { loadJit } from '../../src/graphql/jit-compiled.js';
import { jsonBytes, utf8Bytes } from '../../src/server/json-bytes.js';
import { useJsonBytes } from '../../src/server/plugins/use-json-bytes.js';
import { seedsGraph } from '../helpers/graphs.js';
import { server } from './http.js';

const stringified = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

/** Every escape JSON.stringify writes, and text in 1, 2, 3 and 4 UTF-8 bytes per character. */
const TRICKY_TEXT = [
  'plain ASCII',
  'quote " backslash \\ slash /',
  'controls \u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u001f and DEL \u007f',
  'latin-1 é ü ß ñ, curly quotes “ ” ‘ ’, dash —, euro €, line separators \u2028 \u2029',
  'Kazakh Қазақстан, Chinese 中华人民共和国, Arabic العربية',
  'astral 😀 𝕏 𠜎, lone surrogates \ud800 x \udfff, reversed pair \udc00\ud800',
  '',
];

describe('jsonBytes', () => {
  it('writes exactly the UTF-8 bytes of JSON.stringify: escapes, unicode, numbers, nulls, lists, nesting', () => {
    const values: unknown[] = [
      ...TRICKY_TEXT,
      TRICKY_TEXT,
      { text: TRICKY_TEXT.join(' | '), [TRICKY_TEXT[3] as string]: 'a key with non-ASCII text' },
      [0, -0, 1, -1, 42, 3.14, -2.5e-7, 1e21, 1.7976931348623157e308, 5e-324, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity],
      [true, false, null, undefined, () => 1, Symbol('s'), [], {}, [[[]]]],
      { a: undefined, b: null, c: () => 1, d: Symbol('s'), e: 'kept', nested: { list: [{ kind: 'COUNTRY' }, null] } },
      { data: null },
      { data: { entity: { id: 'entity:kazakhstan', kind: 'COUNTRY', aliases: ['Kazakhstan', 'Қазақстан'], degree: 7, score: 0.125 } } },
      { date: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), boxed: [Object(1), Object('s'), Object(false)] },
      { toJSON: (key: string) => ({ key, replaced: true }) },
      { inner: { toJSON: () => undefined }, list: [{ toJSON: () => undefined }] },
      'x'.repeat(100_000) + '“',
      'é'.repeat(1_100_000),
    ];
    for (const value of values) expect(jsonBytes(value).equals(stringified(value)), JSON.stringify(value).slice(0, 80)).toBe(true);
  });

  it('writes a result with errors as JSON.stringify does (GraphQLError.toJSON: message, locations, path, extensions)', () => {
    const result = {
      data: { entity: null, other: { name: 'Tokaev “quoted”' } },
      errors: [
        new GraphQLError('Unknown entity "Atlantis" — try search', {
          path: ['entity'],
          extensions: { code: 'NOT_FOUND', suggestions: ['Atlantic Council'] },
        }),
        new GraphQLError('second\nline'),
      ],
      extensions: { dataset: { version: 'sha256:abc' } },
    };
    expect(jsonBytes(result).toString('utf8')).toBe(JSON.stringify(result));
    expect(jsonBytes(result).equals(stringified(result))).toBe(true);
  });

  it('returns bytes of their own: a later call does not overwrite them', () => {
    const first = jsonBytes({ text: 'first answer é' });
    const kept = Buffer.from(first);
    jsonBytes({ text: 'a second, longer answer that would overwrite a shared buffer' });
    jsonBytes('z'.repeat(200_000));
    expect(first.equals(kept)).toBe(true);
    expect(utf8Bytes('€').equals(Buffer.from([0xe2, 0x82, 0xac]))).toBe(true);
  });

  it('throws where JSON.stringify throws, and for values without a JSON form', () => {
    expect(() => jsonBytes({ n: 10n })).toThrow(TypeError);
    expect(() => jsonBytes(undefined)).toThrow(/no JSON form/);
    expect(() => jsonBytes(() => 1)).toThrow(/no JSON form/);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => jsonBytes(cyclic)).toThrow(TypeError);
    // The next answer is still whole after a failed one.
    expect(jsonBytes({ ok: true }).toString()).toBe('{"ok":true}');
  });
});

/**
 * Two yoga servers on one schema, one with `useJsonBytes`: every answer must be the same.
 * `engaged` records, per answer of the second, whether it was handed to yoga to write as bytes.
 */
function pair(): {
  readonly plain: ReturnType<typeof createYoga>;
  readonly bytes: ReturnType<typeof createYoga>;
  readonly engaged: boolean[];
} {
  const engaged: boolean[] = [];
  const probe: Plugin = {
    onResultProcess: ({ result }) => void engaged.push(!Array.isArray(result) && Object.hasOwn(result, 'stringify')),
  };
  const make = (plugins: Plugin[]) =>
    createYoga({
      schema: createSchema({
        typeDefs: `enum Kind { COUNTRY PERSON }
          type Item { name: String, kind: Kind!, score: Float, tags: [String!]! }
          type Query { items: [Item!]!, text(value: String!): String!, fail: String, failHard: String! }`,
        resolvers: {
          Query: {
            items: () => [
              { name: 'Қазақстан “quoted”', kind: 'COUNTRY', score: 0.5, tags: ['a\tb', '😀'] },
              { name: null, kind: 'PERSON', score: null, tags: [] },
            ],
            text: (_: unknown, { value }: { value: string }) => value,
            fail: () => {
              throw new GraphQLError('Expected failure “é”', { extensions: { code: 'NOT_FOUND' } });
            },
            failHard: () => {
              throw new Error('unexpected');
            },
          },
        },
      }),
      logging: false,
      maskedErrors: true,
      plugins,
    });
  return { plain: make([]), bytes: make([useJsonBytes(), probe]), engaged };
}

describe('useJsonBytes', () => {
  const requests: ReadonlyArray<readonly [string, RequestInit & { path?: string }]> = [
    ['list, enums, nulls, unicode', { method: 'POST', body: JSON.stringify({ query: '{ items { name kind score tags } }' }) }],
    [
      'escapes',
      { method: 'POST', body: JSON.stringify({ query: 'query($v: String!) { text(value: $v) }', variables: { v: TRICKY_TEXT.join('') } }) },
    ],
    ['a field error (200, data and errors)', { method: 'POST', body: JSON.stringify({ query: '{ fail items { kind } }' }) }],
    ['a masked unexpected error on a non-null root', { method: 'POST', body: JSON.stringify({ query: '{ failHard }' }) }],
    ['a validation error', { method: 'POST', body: JSON.stringify({ query: '{ nope }' }) }],
    [
      'a syntax error, graphql-response+json',
      { method: 'POST', body: '{"query":"{"}', headers: { accept: 'application/graphql-response+json' } },
    ],
    ['a GET request', { method: 'GET', path: '/graphql?query=%7B%20items%20%7B%20name%20%7D%20%7D' }],
  ];

  it('answers exactly as yoga does: status, every header, and the bytes', async () => {
    const { plain, bytes, engaged } = pair();
    for (const [name, { path, headers, ...init }] of requests) {
      const ask = (yoga: ReturnType<typeof createYoga>) =>
        yoga.fetch(`http://127.0.0.1${path ?? '/graphql'}`, {
          ...init,
          headers: { 'content-type': 'application/json', ...(headers as Record<string, string> | undefined) },
        });
      const [expected, actual] = [await ask(plain), await ask(bytes)];
      expect(actual.status, name).toBe(expected.status);
      expect([...actual.headers.entries()], name).toEqual([...expected.headers.entries()]);
      expect(Buffer.from(await actual.arrayBuffer()).equals(Buffer.from(await expected.arrayBuffer())), name).toBe(true);
    }
    // Every answer, request errors included, went the byte way.
    expect(engaged).toEqual(requests.map(() => true));
  });

  it('leaves results bound for other processors (event streams) to them', async () => {
    const { plain, bytes, engaged } = pair();
    const ask = (yoga: ReturnType<typeof createYoga>) =>
      yoga.fetch('http://127.0.0.1/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: '{ items { name } }' }),
      });
    const [expected, actual] = [await ask(plain), await ask(bytes)];
    expect(actual.headers.get('content-type')).toBe(expected.headers.get('content-type'));
    expect(await actual.text()).toBe(await expected.text());
    expect(engaged).toEqual([false]);
  });
});

describe('answers of the bench operations', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await seedsGraph();
    await loadJit();
  });

  it('are the UTF-8 bytes of JSON.stringify of their value, compiled or not, cached or not, with the data the graph layer gives', async () => {
    for (const responseCache of [false, true]) {
      const yoga = server(kg, { responseCache });
      for (const operation of benchOperations()) {
        const runs: Buffer[] = [];
        // The first run is on graphql-js, the next ones compiled by graphql-jit (or cached).
        for (let run = 0; run < 3; run++) {
          const response = await yoga.fetch('http://127.0.0.1/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: operation.query, variables: operation.variables }),
          });
          expect(response.status, operation.name).toBe(200);
          expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
          runs.push(Buffer.from(await response.arrayBuffer()));
        }
        const answer = JSON.parse(runs[0]?.toString('utf8') ?? '') as { data: unknown; errors?: unknown };
        expect(answer.errors, operation.name).toBeUndefined();
        expect(answer.data, operation.name).toEqual(JSON.parse(JSON.stringify(operation.direct(kg))));
        for (const run of runs) expect(run.equals(stringified(answer)), operation.name).toBe(true);
      }
    }
  });
});
