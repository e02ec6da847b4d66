import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { createJsonLogger, silentLogger } from '../../src/server/logger.js';
import { miniGraph } from '../helpers/graphs.js';
import { post, send, server } from './http.js';

/** A JSON logger writing into an array of parsed records. */
function capture(level: 'debug' | 'info' = 'info') {
  const lines: string[] = [];
  const logger = createJsonLogger({ level, write: (line) => void lines.push(line) });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('health and readiness', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await miniGraph();
  });

  it('GET /health: 200 with the dataset version, never cached', async () => {
    const reply = await send(server(kg), '/health');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.body).toEqual({ status: 'ok', dataset: { version: kg.dataset.version } });
  });

  it('HEAD /health: 200 without a body', async () => {
    const reply = await send(server(kg), '/health', { method: 'HEAD' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
  });

  it('GET /ready: 200 once the dataset is loaded (a server only exists with one)', async () => {
    const reply = await send(server(kg), '/ready');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ready', dataset: { version: kg.dataset.version } });
  });

  it('GET /ready: 503 while isReady says no; /health stays 200', async () => {
    let ready = false;
    const yoga = server(kg, { isReady: () => ready });
    const draining = await send(yoga, '/ready');
    expect(draining.status).toBe(503);
    expect(draining.body).toEqual({ status: 'draining', dataset: { version: kg.dataset.version } });
    expect((await send(yoga, '/health')).status).toBe(200);
    ready = true;
    expect((await send(yoga, '/ready')).status).toBe(200);
  });

  it('answers the probes whatever the GraphQL endpoint is', async () => {
    const yoga = server(kg, { endpoint: '/api/graphql' });
    expect((await send(yoga, '/health')).status).toBe(200);
    expect((await send(yoga, '/ready')).status).toBe(200);
    expect((await send(yoga, '/graphql')).status).toBe(404);
  });
});

describe('request logs', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await miniGraph();
  });

  it('one JSON line per request with method, path, status, duration and operation name', async () => {
    const { logger, records } = capture();
    const yoga = server(kg, { logger });
    await post(yoga, { query: 'query Lookup { entity(id: "Tokayev") { id } }' });
    await send(yoga, `/graphql?query=${encodeURIComponent('{ dataset { entityCount } }')}&operationName=`, {
      headers: { accept: 'application/json' },
    });
    const [named, anonymous, ...rest] = records();
    expect(rest).toEqual([]);
    expect(named).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: 'info',
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: expect.any(Number),
      operationName: 'Lookup',
    });
    expect(named!['durationMs']).toBeGreaterThanOrEqual(0);
    expect(anonymous).toMatchObject({ method: 'GET', path: '/graphql', status: 200, operationName: null });
  });

  it('names the operation picked by operationName among several', async () => {
    const { logger, records } = capture();
    await post(server(kg, { logger }), {
      query: 'query A { dataset { version } } query B { dataset { entityCount } }',
      operationName: 'B',
    });
    expect(records()[0]).toMatchObject({ operationName: 'B', status: 200 });
  });

  it('lists the error codes of a failed request, and never logs the query string', async () => {
    const { logger, lines, records } = capture();
    const yoga = server(kg, { logger });
    await post(yoga, { query: '{ entities(first: 1000000) { nodes { id } } }' });
    await send(yoga, `/graphql?query=${encodeURIComponent('{ secret: dataset { version } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(records()[0]).toMatchObject({ status: 400, operationName: null, errorCodes: ['COST_LIMIT_EXCEEDED'] });
    expect(records()[1]).toMatchObject({ method: 'GET', path: '/graphql', status: 200 });
    expect(lines.join('')).not.toContain('secret');
  });

  it('logs probes at debug level only', async () => {
    const info = capture('info');
    await send(server(kg, { logger: info.logger }), '/health');
    expect(info.records()).toEqual([]);
    const debug = capture('debug');
    await send(server(kg, { logger: debug.logger }), '/ready');
    expect(debug.records().find((r) => r['msg'] === 'request')).toMatchObject({ level: 'debug', path: '/ready', status: 200 });
  });

  it('logs masked unexpected errors at level error with the original error', async () => {
    const { logger, records } = capture();
    const broken = { ...kg, documentById: new Map() };
    await post(server(broken, { logger }), {
      query: '{ statement(id: "statement:kz-member-of-board-of-peace") { evidence { document { id } } } }',
    });
    const error = records().find((r) => r['level'] === 'error');
    expect(error).toMatchObject({
      err: {
        name: 'GraphQLError',
        message: 'dangling document reference document:tokayev-explains-board-of-peace',
        path: ['statement', 'evidence', 0, 'document'],
        originalError: { name: 'DiplomacyGraphError', code: 'INTERNAL' },
      },
    });
    expect((error as { err: { originalError: { stack: string } } }).err.originalError.stack).toContain('documentRef');
  });
});

describe('createJsonLogger', () => {
  it('drops records below its level, folds strings into msg and objects into the record', () => {
    const lines: string[] = [];
    const logger = createJsonLogger({ level: 'warn', write: (line) => void lines.push(line) });
    logger.debug('no');
    logger.info('no');
    logger.warn('disk', 'almost full', { percent: 97 });
    logger.error({ msg: 'failed' }, 'twice', 2);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map(({ time: _time, ...rest }) => rest)).toEqual([
      { level: 'warn', msg: 'disk almost full', percent: 97 },
      { level: 'error', msg: 'failed twice 2' },
    ]);
  });

  it('serialises an Error with its name, message, code, stack and cause', () => {
    const lines: string[] = [];
    const logger = createJsonLogger({ write: (line) => void lines.push(line) });
    const error = Object.assign(new Error('outer', { cause: new TypeError('inner') }), { code: 'E_OUTER' });
    logger.error(error);
    const record = JSON.parse(lines[0]!) as { err: Record<string, unknown> & { cause: Record<string, unknown> } };
    expect(record.err).toMatchObject({ name: 'Error', message: 'outer', code: 'E_OUTER' });
    expect(record.err['stack']).toContain('outer');
    expect(record.err.cause).toMatchObject({ name: 'TypeError', message: 'inner' });
  });

  it('still writes a line for a record that cannot be serialised', () => {
    const lines: string[] = [];
    const cyclic: Record<string, unknown> = { msg: 'cyclic' };
    cyclic['self'] = cyclic;
    createJsonLogger({ write: (line) => void lines.push(line) }).info(cyclic);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'cyclic' });
  });

  it('silent: nothing at all', () => {
    const lines: string[] = [];
    const logger = createJsonLogger({ level: 'silent', write: (line) => void lines.push(line) });
    logger.error('x');
    silentLogger.error('y');
    expect(lines).toEqual([]);
  });
});
