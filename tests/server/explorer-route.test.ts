import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { createServer } from '../../src/server/create-server.js';
import { silentLogger } from '../../src/server/logger.js';
import { miniGraph } from '../helpers/graphs.js';

/** A stand-in build: the page (with the placeholders the build leaves) and two hashed assets. */
function fakeBuild(): string {
  const directory = mkdtempSync(join(tmpdir(), 'explorer-build-'));
  writeFileSync(
    join(directory, 'index.html'),
    '<meta name="graphql-endpoint" content="%GRAPHQL_ENDPOINT%"><script src="%BASE%explorer-ABCD1234.js"></script>',
  );
  writeFileSync(join(directory, 'explorer-ABCD1234.js'), 'console.log(1);');
  writeFileSync(join(directory, 'explorer-EFGH5678.css'), 'body{}');
  writeFileSync(join(directory, 'notes.md'), 'not served');
  return directory;
}

describe('the /explore route', () => {
  let kg: KnowledgeGraph;
  let directory: string;
  beforeAll(async () => {
    kg = await miniGraph();
    directory = fakeBuild();
  });

  const server = (options: object = {}) => createServer({ kg, logger: silentLogger, explorer: { directory }, ...options });

  it('serves the page with no-cache and an ETag, its placeholders filled in, in both modes', async () => {
    for (const mode of ['development', 'production'] as const) {
      const response = await server({ mode, endpoint: '/api/graphql' }).fetch('http://localhost/explore');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('etag')).toMatch(/^"[\w-]{27}"$/);
      expect(await response.text()).toBe(
        '<meta name="graphql-endpoint" content="/api/graphql"><script src="/explore/explorer-ABCD1234.js"></script>',
      );
    }
    expect((await server().fetch('http://localhost/explore/')).status).toBe(200);
  });

  it('answers 304 to a matching If-None-Match, and HEAD without a body', async () => {
    const s = server();
    const first = await s.fetch('http://localhost/explore');
    const etag = first.headers.get('etag')!;
    const again = await s.fetch('http://localhost/explore', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await s.fetch('http://localhost/explore', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves hashed assets as immutable; unknown names are 404, other methods 405', async () => {
    const s = server();
    const script = await s.fetch('http://localhost/explore/explorer-ABCD1234.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('console.log(1);');
    const style = await s.fetch('http://localhost/explore/explorer-EFGH5678.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await s.fetch('http://localhost/explore/notes.md')).status).toBe(404);
    expect((await s.fetch('http://localhost/explore/../package.json')).status).not.toBe(200);
    expect((await s.fetch('http://localhost/explore/%2e%2e%2fpackage.json')).status).toBe(404);
    expect((await s.fetch('http://localhost/explore', { method: 'POST' })).status).toBe(405);
  });

  it('is off with explorer: false, and says how to build it when it was not built', async () => {
    expect((await server({ explorer: false }).fetch('http://localhost/explore')).status).toBe(404);
    const unbuilt = await server({ explorer: { directory: null } }).fetch('http://localhost/explore');
    expect(unbuilt.status).toBe(503);
    expect(await unbuilt.text()).toBe('The explorer is not built: run `npm run build`.\n');
  });
});
