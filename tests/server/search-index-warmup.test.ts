import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { searchIndexOf } from '../../src/graph/search-index-of.js';
import { listen } from '../../src/server/listen.js';
import { createJsonLogger } from '../../src/server/logger.js';
import { searchIndexReady } from '../../src/server/warm-search-index.js';
import { seedsGraph } from '../helpers/graphs.js';

const SEARCH = JSON.stringify({ query: '{ search(query: "Council for Peace", first: 3) { score ... on EntityHit { entity { id } } } }' });

describe('serve builds the search index in the background', () => {
  it('starts building once listening, answers searches with that index, and logs when it is built', async () => {
    // A knowledge graph of its own: no index yet.
    const kg = createKnowledgeGraph((await seedsGraph()).dataset);
    const lines: string[] = [];
    const server = await listen({ kg, port: 0, warmSearchIndex: true, logger: createJsonLogger({ write: (line) => lines.push(line) }) });
    try {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SEARCH });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { search: Array<{ entity?: { id: string } }> } };
      expect(body.data.search[0]?.entity?.id).toBe('organization:board-of-peace');
      await searchIndexReady(kg);
      const built = lines.map((line) => JSON.parse(line) as { msg: string; items?: number }).find((l) => l.msg === 'search index built');
      expect(built?.items).toBe(searchIndexOf(kg).documentCount);
    } finally {
      await server.close();
    }
  });

  it('leaves a small dataset to build its index on the first search', async () => {
    const kg = createKnowledgeGraph((await seedsGraph()).dataset);
    const lines: string[] = [];
    const server = await listen({ kg, port: 0, logger: createJsonLogger({ write: (line) => lines.push(line) }) });
    await server.close();
    expect(lines.some((line) => line.includes('search index built'))).toBe(false);
  });
});
