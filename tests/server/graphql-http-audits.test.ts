import { serverAudits, type Audit } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type ListenOptions, type RunningServer } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';
import { miniGraph } from '../helpers/graphs.js';

/**
 * The audits of graphql-http that query `__type` with variables. With introspection disabled (the
 * production default) they get a GraphQL validation error instead of data, by design; they pass
 * against the same production server with introspection enabled.
 */
const INTROSPECTION_AUDITS: ReadonlySet<string> = new Set(['2EA1', '28B9', 'D6D5', '6A70']);

/** Runs graphql-http's GraphQL-over-HTTP server audits against a real server on 127.0.0.1. */
function auditSuite(title: string, options: Omit<ListenOptions, 'kg'>, expectedFailures: ReadonlySet<string> = new Set()): void {
  describe(title, () => {
    let running: RunningServer;
    let resolveUrl!: (url: string) => void;
    const url = new Promise<string>((resolve) => (resolveUrl = resolve));
    beforeAll(async () => {
      running = await listen({ kg: await miniGraph(), port: 0, host: '127.0.0.1', logger: silentLogger, ...options });
      resolveUrl(running.url);
    });
    afterAll(() => running.close());

    const audits: Audit[] = serverAudits({ url: () => url });

    it('covers MUST, SHOULD and MAY audits', () => {
      expect(audits.length).toBeGreaterThanOrEqual(60);
      expect(new Set(audits.map((a) => a.name.split(' ')[0]))).toEqual(new Set(['MUST', 'SHOULD', 'MAY']));
    });

    it.each(audits.map((audit) => [audit.id, audit.name, audit] as const))('%s %s', async (id, _name, audit) => {
      const result = await audit.fn();
      if (expectedFailures.has(id)) {
        expect(result.status).not.toBe('ok');
        return;
      }
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    });
  });
}

auditSuite('GraphQL over HTTP conformance: development', { mode: 'development' });
auditSuite('GraphQL over HTTP conformance: production with introspection', { mode: 'production', introspection: true });
auditSuite('GraphQL over HTTP conformance: production (introspection off)', { mode: 'production' }, INTROSPECTION_AUDITS);

describe('the audits production fails without introspection fail only because of it', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await listen({ kg: await miniGraph(), port: 0, host: '127.0.0.1', logger: silentLogger, mode: 'production' });
  });
  afterAll(() => running.close());

  it('their query, `__type` with a variable, is rejected as introspection', async () => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: 'query Type($name: String!) { __type(name: $name) { name } }', variables: { name: 'sometype' } }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'GraphQL introspection has been disabled, but the requested query contained the field "__type".',
          locations: [{ line: 1, column: 30 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });
});
