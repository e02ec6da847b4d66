import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { searchIndexReady } from '../../src/graph/search-index.js';
import { search } from '../../src/graph/search.js';
import { search as searchResolver } from '../../src/graphql/resolvers/Query/search.js';
import { seedsGraph } from '../helpers/graphs.js';

describe('the search resolver', () => {
  it('a fresh graph builds its index in slices for the first search through GraphQL (the resolver does not build it in one block)', async () => {
    const kg = await seedsGraph();
    const fresh = createKnowledgeGraph(kg.dataset);
    const args = { query: 'Council for Peace', first: 3, prefix: true, fuzzy: 0.2, matchAll: false };
    const pending = (searchResolver as unknown as (...a: unknown[]) => Promise<Array<{ id: string }>>)({}, args, { kg: fresh }, {});
    // Right after the call the index is being built in the background, not built yet.
    const state = await Promise.race([searchIndexReady(fresh).then(() => 'built'), Promise.resolve('building')]);
    expect(state).toBe('building');
    const hits = await pending;
    expect(hits.map((h) => h.id)).toEqual(search(kg, 'Council for Peace', { first: 3 }).map((h) => h.id));
  });
});
