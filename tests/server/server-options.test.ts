import { availableParallelism } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { silentLogger } from '../../src/server/logger.js';
import { serveSettings } from '../../src/server/serve-settings.js';
import { DEFAULT_QUERY_LIMITS, resolveServerOptions } from '../../src/server/server-options.js';
import { runCli } from '../../src/cli/run-cli.js';
import { miniGraph } from '../helpers/graphs.js';

describe('resolveServerOptions', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await miniGraph();
  });

  it('development by default: GraphiQL and introspection on, default limits, any origin', () => {
    const resolved = resolveServerOptions({ kg, logger: silentLogger });
    expect(resolved).toMatchObject({
      mode: 'development',
      endpoint: '/graphql',
      graphiql: true,
      introspection: true,
      cors: { origin: '*' },
    });
    expect(resolved.limits).toEqual(DEFAULT_QUERY_LIMITS);
    expect(resolved.isReady()).toBe(true);
  });

  it('production: GraphiQL and introspection off unless asked for', () => {
    expect(resolveServerOptions({ kg, mode: 'production' })).toMatchObject({ graphiql: false, introspection: false });
    expect(resolveServerOptions({ kg, mode: 'production', introspection: true, graphiql: true })).toMatchObject({
      graphiql: true,
      introspection: true,
    });
  });

  it('overrides single limits and keeps the other defaults', () => {
    const { limits } = resolveServerOptions({ kg, limits: { maxDepth: 4, maxCost: 100 } });
    expect(limits).toEqual({ ...DEFAULT_QUERY_LIMITS, maxDepth: 4, maxCost: 100 });
  });

  it('documents the defaults it applies', () => {
    expect(DEFAULT_QUERY_LIMITS).toEqual({
      maxDepth: 10,
      maxAliases: 30,
      maxTokens: 2000,
      maxDirectives: 20,
      maxCost: 50_000,
      defaultListSize: 10,
      executionTimeoutMs: 2000,
      maxResultFields: 200_000,
      maxResultChars: 10_000_000,
      maxRequestBodyBytes: 1_000_000,
    });
    expect(Object.isFrozen(DEFAULT_QUERY_LIMITS)).toBe(true);
  });

  it.each([
    [{ limits: { maxDepth: -1 } }, 'limit maxDepth must be a non-negative integer, got -1'],
    [{ limits: { maxCost: 1.5 } }, 'limit maxCost must be a non-negative integer, got 1.5'],
    [{ limits: { maxDepht: 3 } }, 'unknown limit "maxDepht"'],
    [{ mode: 'staging' }, 'mode must be "development" or "production", got "staging"'],
    [{ endpoint: 'graphql' }, 'endpoint must start with "/", got "graphql"'],
  ])('rejects %j', (options, message) => {
    expect(() => resolveServerOptions({ kg, ...(options as object) })).toThrow(new InvalidArgumentError(message));
  });
});

describe('serveSettings (serve flags and environment)', () => {
  it('defaults: development, no limit overrides, introspection by mode, any origin, info logs', () => {
    expect(serveSettings({}, {})).toEqual({
      mode: 'development',
      limits: {},
      introspection: undefined,
      responseCache: undefined,
      explorer: undefined,
      cors: { origin: '*' },
      logLevel: 'info',
      drainDelayMs: 0,
      workers: 1,
    });
  });

  it('--no-explorer (or EXPLORER=false) turns the explorer off; the flag wins', () => {
    expect(serveSettings({ 'no-explorer': true }, {}).explorer).toBe(false);
    expect(serveSettings({}, { EXPLORER: 'false' }).explorer).toBe(false);
    expect(serveSettings({ explorer: true }, { EXPLORER: 'false' }).explorer).toBe(true);
  });

  it('the drain delay (2000 ms in production) and the workers (auto: one per core) from flags or environment', () => {
    expect(serveSettings({}, { NODE_ENV: 'production' }).drainDelayMs).toBe(2000);
    expect(serveSettings({ 'drain-delay-ms': '500' }, { DRAIN_DELAY_MS: '9' }).drainDelayMs).toBe(500);
    expect(serveSettings({}, { DRAIN_DELAY_MS: '0', NODE_ENV: 'production' }).drainDelayMs).toBe(0);
    expect(serveSettings({ workers: '3' }, { WORKERS: '2' }).workers).toBe(3);
    expect(serveSettings({}, { WORKERS: '2' }).workers).toBe(2);
    expect(serveSettings({ workers: 'auto' }, {}).workers).toBe(availableParallelism());
  });

  it('NODE_ENV=production selects production; --mode wins over it', () => {
    expect(serveSettings({}, { NODE_ENV: 'production' }).mode).toBe('production');
    expect(serveSettings({ mode: 'development' }, { NODE_ENV: 'production' }).mode).toBe('development');
    expect(serveSettings({}, { NODE_ENV: 'test' }).mode).toBe('development');
  });

  it('reads every limit from its flag or GRAPHQL_* variable; the flag wins', () => {
    const settings = serveSettings(
      { 'max-depth': '7', 'timeout-ms': '500' },
      { GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '10_000', GRAPHQL_MAX_BODY_BYTES: '2000000', GRAPHQL_MAX_ALIASES: '' },
    );
    expect(settings.limits).toEqual({ maxDepth: 7, executionTimeoutMs: 500, maxCost: 10_000, maxRequestBodyBytes: 2_000_000 });
  });

  it('introspection from --introspection, --no-introspection or GRAPHQL_INTROSPECTION', () => {
    expect(serveSettings({ introspection: true }, { GRAPHQL_INTROSPECTION: 'false' }).introspection).toBe(true);
    expect(serveSettings({ 'no-introspection': true }, {}).introspection).toBe(false);
    expect(serveSettings({}, { GRAPHQL_INTROSPECTION: 'on' }).introspection).toBe(true);
  });

  it('the response cache from --response-cache, --no-response-cache or GRAPHQL_RESPONSE_CACHE', () => {
    expect(serveSettings({ 'no-response-cache': true }, { GRAPHQL_RESPONSE_CACHE: 'true' }).responseCache).toBe(false);
    expect(serveSettings({ 'response-cache': true }, {}).responseCache).toBe(true);
    expect(serveSettings({}, { GRAPHQL_RESPONSE_CACHE: 'off' }).responseCache).toBe(false);
    expect(() => serveSettings({ 'response-cache': true, 'no-response-cache': true }, {})).toThrow(
      '--response-cache and --no-response-cache contradict each other',
    );
    expect(() => serveSettings({}, { GRAPHQL_RESPONSE_CACHE: 'maybe' })).toThrow(
      'GRAPHQL_RESPONSE_CACHE must be true or false, got "maybe"',
    );
  });

  it('CORS from --cors or CORS_ORIGIN: *, a list of origins, or none', () => {
    expect(serveSettings({ cors: 'https://a.example, https://b.example:8443/' }, {}).cors).toEqual({
      origin: ['https://a.example', 'https://b.example:8443'],
    });
    expect(serveSettings({}, { CORS_ORIGIN: 'none' }).cors).toBe(false);
    expect(serveSettings({}, { CORS_ORIGIN: '*' }).cors).toEqual({ origin: '*' });
  });

  it.each([
    [{ mode: 'prod' }, {}, '--mode must be development or production, got "prod"'],
    [{ 'max-depth': 'deep' }, {}, '--max-depth must be a non-negative integer, got "deep"'],
    [{}, { GRAPHQL_MAX_COST: '-3' }, 'GRAPHQL_MAX_COST must be a non-negative integer, got "-3"'],
    [{}, { GRAPHQL_INTROSPECTION: 'maybe' }, 'GRAPHQL_INTROSPECTION must be true or false, got "maybe"'],
    [{ introspection: true, 'no-introspection': true }, {}, '--introspection and --no-introspection contradict each other'],
    [{ cors: 'example.org' }, {}, '--cors: "example.org" is not an origin (scheme://host[:port]), "*" or "none"'],
    [
      {},
      { CORS_ORIGIN: 'https://a.example/path' },
      'CORS_ORIGIN: "https://a.example/path" is not an origin (scheme://host[:port]), "*" or "none"',
    ],
    [{ 'log-level': 'loud' }, {}, '--log-level must be one of debug, info, warn, error, silent, got "loud"'],
    [{ 'drain-delay-ms': 'soon' }, {}, '--drain-delay-ms must be a non-negative integer, got "soon"'],
    [{}, { DRAIN_DELAY_MS: '-1' }, 'DRAIN_DELAY_MS must be a non-negative integer, got "-1"'],
    [{ workers: '0' }, {}, '--workers must be an integer from 1 to 256 or "auto", got "0"'],
    [{}, { WORKERS: 'many' }, 'WORKERS must be an integer from 1 to 256 or "auto", got "many"'],
  ])('rejects %j %j', (flags, env, message) => {
    expect(() => serveSettings(flags, env)).toThrow(new InvalidArgumentError(message));
  });

  it('serve exits 2 with the message for a bad setting, before loading anything', async () => {
    let err = '';
    const code = await runCli(['serve', '--max-depth', 'deep'], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (err += text) },
      env: {},
    });
    expect(code).toBe(2);
    expect(err).toContain('--max-depth must be a non-negative integer, got "deep"\n');
  });
});
