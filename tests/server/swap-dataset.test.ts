import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { DatasetReloadReport } from '../../src/server/dataset-reload-report.js';
import { listen } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';
import { MINI_SEEDS } from '../helpers/graphs.js';

const VERSION_QUERY = JSON.stringify({ query: '{ dataset { version statementCount } }' });
const post = (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: VERSION_QUERY });

describe('RunningServer.swap', () => {
  it('serves the new dataset to new requests, leaves the old instance to those it has, and /ready reports reloads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'diplomacy-graph-swap-'));
    await cp(MINI_SEEDS, dir, { recursive: true });
    const old = await loadDataset(dir);
    const statements = join(dir, 'statements/statements.yaml');
    await writeFile(
      statements,
      (await readFile(statements, 'utf8')).replace(/- id: statement:sa-member-of-board-of-peace[\s\S]*?(?=- id:)/, ''),
    );
    const next = await loadDataset(dir);
    const report = new DatasetReloadReport();
    const running = await listen({
      kg: createKnowledgeGraph(old),
      port: 0,
      logger: silentLogger,
      readyDetail: report.detail,
      mode: 'production',
    });
    try {
      const before = (await (await post(running.url)).json()) as { data: { dataset: { version: string; statementCount: number } } };
      expect(before.data.dataset.version).toBe(old.version);
      const oldYoga = running.yoga;
      running.swap(createKnowledgeGraph(next));
      report.record({ kind: 'reloaded', dataset: next, previous: old, changes: { added: 0, removed: 1, changed: 0 }, ms: 5 });
      const after = (await (await post(running.url)).json()) as typeof before;
      expect(after.data.dataset).toEqual({ version: next.version, statementCount: before.data.dataset.statementCount - 1 });
      // A request the old instance already has is answered from the old dataset (and its cache).
      const inFlight = (await (
        await oldYoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: VERSION_QUERY,
        })
      ).json()) as typeof before;
      expect(inFlight.data.dataset.version).toBe(old.version);
      const ready = (await (await fetch(running.url.replace('/graphql', '/ready'))).json()) as Record<string, unknown>;
      expect(ready).toMatchObject({
        status: 'ready',
        dataset: { version: next.version },
        reload: { status: 'reloaded', version: next.version, previous: old.version, removed: 1 },
      });
    } finally {
      await running.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
