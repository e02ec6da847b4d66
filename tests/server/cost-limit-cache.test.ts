import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { createSchema } from '../../src/graphql/create-schema.js';
import { estimateCost } from '../../src/server/plugins/estimate-cost.js';
import { searchCost } from '../../src/server/plugins/search-cost.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/server-options.js';
import { miniGraph } from '../helpers/graphs.js';
import { post, server } from './http.js';

const ENTITIES = 'query Entities($n: Int) { entities(first: $n) { nodes { id } } }';
const SEARCH = 'query Find($q: String!) { search(query: $q, first: 1) { __typename } }';

describe('useCostLimit remembers estimates by document, operation name and variables', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await miniGraph();
  });

  it('gives each variables its own verdict, however often and in whatever order they come', async () => {
    const yoga = server(kg, { responseCache: false, limits: { maxCost: 100 } });
    const verdicts: Array<string | null> = [];
    for (const n of [2, 1_000_000, 2, 1_000_000, 3, 999_999, 1_000_000, 2]) {
      const reply = await post(yoga, { query: ENTITIES, variables: { n } });
      verdicts.push(reply.body.errors?.[0]?.extensions?.code ?? null);
      if (n === 2) expect(reply.body.data.entities.nodes).toHaveLength(2);
    }
    expect(verdicts).toEqual([
      null,
      'COST_LIMIT_EXCEEDED',
      null,
      'COST_LIMIT_EXCEEDED',
      null,
      'COST_LIMIT_EXCEEDED',
      'COST_LIMIT_EXCEEDED',
      null,
    ]);
  });

  it('reports the estimate of the request at hand in the error, cached or not: the one estimateCost gives', async () => {
    const yoga = server(kg, { responseCache: false, limits: { maxCost: 1 } });
    const fresh = (q: string): number =>
      estimateCost(
        createSchema(),
        parse(SEARCH),
        'Find',
        { q },
        {
          defaultListSize: DEFAULT_QUERY_LIMITS.defaultListSize,
          fieldCosts: { 'Query.search': searchCost },
        },
      );
    const queries = ['peace', 'peace in the Middle East', 'peace', 'peace in the Middle East', 'EU'];
    const costs: unknown[] = [];
    for (const q of queries) {
      const reply = await post(yoga, { query: SEARCH, variables: { q }, operationName: 'Find' });
      costs.push(reply.body.errors?.[0]?.extensions?.cost);
    }
    expect(costs).toEqual(queries.map(fresh));
    expect(new Set(costs).size).toBe(3);
  });
});
