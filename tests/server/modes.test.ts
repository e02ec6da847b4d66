import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { createServer } from '../../src/server/create-server.js';
import type { ServerLogger } from '../../src/server/logger.js';
import { miniGraph } from '../helpers/graphs.js';
import { post, send, server } from './http.js';

/** A logger that keeps what it is given. */
function recordingLogger(): ServerLogger & { readonly calls: Array<{ level: string; args: unknown[] }> } {
  const calls: Array<{ level: string; args: unknown[] }> = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      void calls.push({ level, args });
  return { calls, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const STATEMENT = 'statement:kz-member-of-board-of-peace';
const EVIDENCE_QUERY = `{ statement(id: "${STATEMENT}") { id evidence { quote document { id } } } }`;

describe('development and production modes', () => {
  let kg: KnowledgeGraph;
  /** The mini graph with its document index emptied: resolving an evidence's document is a bug. */
  let broken: KnowledgeGraph;
  beforeAll(async () => {
    kg = await miniGraph();
    broken = { ...kg, documentById: new Map() };
  });

  it('development serves GraphiQL; production does not', async () => {
    const html = { headers: { accept: 'text/html' } };
    const dev = await send(server(kg, { mode: 'development' }), '/graphql', html);
    expect(dev.status).toBe(200);
    expect(dev.headers.get('content-type')).toMatch(/^text\/html/);
    expect(dev.text).toContain('<title>diplomacy-graph</title>');
    const prod = await send(server(kg, { mode: 'production' }), '/graphql', html);
    expect(prod.status).toBe(406);
    expect(prod.text).not.toContain('<html');
  });

  it('the mode defaults to development', async () => {
    const yoga = createServer({ kg, logger: recordingLogger() });
    expect((await send(yoga, '/graphql', { headers: { accept: 'text/html' } })).status).toBe(200);
  });

  it('introspection: on in development, off in production unless enabled', async () => {
    const query = { query: '{ __type(name: "Query") { name } }' };
    expect((await post(server(kg, { mode: 'development' }), query)).body.data).toEqual({ __type: { name: 'Query' } });
    const off = await post(server(kg), query);
    expect(off.status).toBe(400);
    expect(off.body.errors).toEqual([
      {
        message: 'GraphQL introspection has been disabled, but the requested query contained the field "__type".',
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    expect((await post(server(kg, { introspection: true }), query)).body.data).toEqual({ __type: { name: 'Query' } });
    expect((await post(server(kg, { mode: 'development', introspection: false }), query)).status).toBe(400);
  });

  it('__typename stays available with introspection off', async () => {
    const reply = await post(server(kg), { query: '{ entity(id: "Tokayev") { __typename } }' });
    expect(reply.body.data).toEqual({ entity: { __typename: 'Person' } });
  });

  it('field suggestions: in development only', async () => {
    const query = { query: '{ entity(id: "Tokayev") { nam } }' };
    const dev = await post(server(kg, { mode: 'development' }), query);
    expect(dev.body.errors[0].message).toBe('Cannot query field "nam" on type "Entity". Did you mean "name"?');
    const prod = await post(server(kg), query);
    expect(prod.body.errors).toEqual([
      {
        message: 'Cannot query field "nam" on type "Entity".',
        locations: [{ line: 1, column: 27 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  it('enum suggestions in variable errors: in development only', async () => {
    const query = { query: 'query ($k: EntityKind) { entities(kind: $k) { totalCount } }', variables: { k: 'PERSN' } };
    const dev = await post(server(kg, { mode: 'development' }), query);
    expect(dev.body.errors[0].message).toContain('Did you mean the enum value "PERSON"?');
    const prod = await post(server(kg), query);
    expect(prod.status).toBe(400);
    expect(prod.body.errors).toEqual([
      {
        message: 'Variable "$k" got invalid value "PERSN"; Value "PERSN" does not exist in "EntityKind" enum.',
        locations: [{ line: 1, column: 8 }],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it('production masks an unexpected error and logs it with its stack', async () => {
    const logger = recordingLogger();
    const reply = await post(server(broken, { logger }), { query: EVIDENCE_QUERY });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual({ statement: null });
    expect(reply.body.errors).toEqual([
      {
        message: 'Unexpected error.',
        locations: [{ line: 1, column: EVIDENCE_QUERY.indexOf('document {') + 1 }],
        path: ['statement', 'evidence', 0, 'document'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(reply.text).not.toContain('dangling');
    const logged = logger.calls.filter((c) => c.level === 'error');
    expect(logged).toHaveLength(1);
    expect(String(logged[0]!.args[0])).toContain('dangling document reference document:tokayev-explains-board-of-peace');
  });

  it('development masks it too, with the original error attached for debugging', async () => {
    const reply = await post(server(broken, { mode: 'development', logger: recordingLogger() }), { query: EVIDENCE_QUERY });
    expect(reply.body.errors[0].message).toBe('Unexpected error.');
    expect(reply.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(reply.body.errors[0].extensions.originalError.message).toBe(
      'dangling document reference document:tokayev-explains-board-of-peace',
    );
  });

  it('expected errors keep their message and code in production, and are not logged as errors', async () => {
    const logger = recordingLogger();
    const reply = await post(server(kg, { logger }), { query: '{ entities(first: -1) { totalCount } }' });
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(reply.body.errors[0].message).toMatch(/first/);
    expect(logger.calls.filter((c) => c.level === 'error')).toEqual([]);
  });

  it('CORS: any origin by default, without credentials', async () => {
    const reply = await send(server(kg), '/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://notebook.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers.get('access-control-allow-origin')).toBe('https://notebook.example');
    expect(reply.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(reply.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(reply.headers.get('access-control-allow-credentials')).toBeNull();
    expect(reply.headers.get('access-control-max-age')).toBe('600');
  });

  it('CORS: a list of origins allows those and refuses the rest', async () => {
    const yoga = server(kg, { cors: { origin: ['https://a.example', 'https://b.example'] } });
    const ask = (origin: string) =>
      send(yoga, '/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await ask('https://b.example')).headers.get('access-control-allow-origin')).toBe('https://b.example');
    expect((await ask('https://evil.example')).headers.get('access-control-allow-origin')).toBe('null');
  });

  it('CORS: off sends no CORS headers', async () => {
    const reply = await post(server(kg, { cors: false }), { query: '{ dataset { entityCount } }' }, { origin: 'https://a.example' });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });
});
