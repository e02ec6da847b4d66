import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { hasSearchIndex } from '../../src/graph/search-index-of.js';
import { search } from '../../src/graph/search.js';
import type { GraphWork } from '../../src/graph/steps.js';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { search as searchResolver } from '../../src/graphql/resolvers/Query/search.js';
import { runInBackground } from '../../src/server/run-in-background.js';
import { searchIndexReady } from '../../src/server/warm-search-index.js';
import { seedsGraph } from '../helpers/graphs.js';

const args = { query: 'Council for Peace', first: 3, prefix: true, fuzzy: 0.2, matchAll: false };
const resolve = searchResolver as unknown as (...a: unknown[]) => Promise<Array<{ id: string }>>;

describe('the search resolver', () => {
  it("hands the index build to the context's runWork (a server's: in slices), so the first search does not build it in one block", async () => {
    const kg = await seedsGraph();
    const fresh = createKnowledgeGraph(kg.dataset);
    const works: string[] = [];
    const context: GraphQLContext = {
      kg: fresh,
      runWork: (work: GraphWork) => {
        works.push(work.key);
        return runInBackground(fresh, work, 0);
      },
    };
    const pending = resolve({}, args, context, {});
    // Right after the call the index is being built in the background, not built yet.
    const state = await Promise.race([searchIndexReady(fresh).then(() => 'built'), Promise.resolve('building')]);
    expect(state).toBe('building');
    const hits = await pending;
    expect(works).toEqual(['search-index']);
    expect(hits.map((h) => h.id)).toEqual(search(kg, 'Council for Peace', { first: 3 }).map((h) => h.id));
  });

  it('without runWork (in-process execution) builds the index at once and answers the same', async () => {
    const kg = await seedsGraph();
    const fresh = createKnowledgeGraph(kg.dataset);
    const hits = await resolve({}, args, { kg: fresh }, {});
    expect(hasSearchIndex(fresh)).toBe(true);
    expect(hits.map((h) => h.id)).toEqual(search(kg, 'Council for Peace', { first: 3 }).map((h) => h.id));
  });
});
