import { describe, expect, it } from 'vitest';
import { gql, type Json } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

const CENTRALITY = `query($measure: CentralityMeasure!, $kind: EntityKind, $first: Int) {
  centrality(measure: $measure, kind: $kind, first: $first) { rank score entity { id kind } }
}`;

describe('Query.centrality', () => {
  it.each(['DEGREE', 'BETWEENNESS', 'PAGERANK', 'EIGENVECTOR'])('%s ranks best first, ranks consistent with scores', async (measure) => {
    const kg = await seedsGraph();
    const result = await gql(kg, CENTRALITY, { measure, first: 30 });
    expect(result.errors).toBeUndefined();
    const ranking = result.data.centrality;
    expect(ranking).toHaveLength(30);
    expect(ranking[0].rank).toBe(1);
    for (let i = 1; i < ranking.length; i++) {
      const [previous, current] = [ranking[i - 1], ranking[i]];
      expect(current.score).toBeLessThanOrEqual(previous.score);
      // Equal scores share a rank; "equal" within the rounding of the iteration (centrality.ts, sameScore).
      const same = Math.abs(current.score - previous.score) <= 1e-12 * Math.max(1, Math.abs(current.score), Math.abs(previous.score));
      expect(current.rank).toBe(same ? previous.rank : i + 1);
    }
  });

  it('puts Kazakhstan, the subject of the corpus, first by degree', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, CENTRALITY, { measure: 'DEGREE', first: 1 });
    expect(result.data.centrality[0].entity.id).toBe('country:kz');
    // Degree centrality is the share of the other entities tied to it by a statement.
    const neighbours = new Set<string>();
    kg.graph.forEachEdge('country:kz', (_key, attributes, source, target) => {
      if (attributes.kind === 'statement') neighbours.add(source === 'country:kz' ? target : source);
    });
    neighbours.delete('country:kz');
    expect(result.data.centrality[0].score).toBeCloseTo(neighbours.size / (kg.graph.order - 1), 12);
  });

  it('ranks one kind of entity', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, CENTRALITY, { measure: 'PAGERANK', kind: 'PERSON', first: 100 });
    const people = result.data.centrality;
    expect(people.map((s: Json) => s.entity.id as string).sort()).toEqual(
      kg.dataset.entities
        .filter((e) => e.kind === 'person')
        .map((e) => e.id)
        .sort(),
    );
    expect(people.every((s: Json) => s.entity.kind === 'PERSON')).toBe(true);
  });

  it('rejects an unknown measure: BAD_USER_INPUT as a variable, a validation error as a literal', async () => {
    const kg = await seedsGraph();
    const variable = await gql(kg, CENTRALITY, { measure: 'CLOSENESS' });
    expect(variable.errors?.[0]?.message).toMatch(/"CLOSENESS" does not exist in "CentralityMeasure" enum/);
    expect(variable.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const literal = await gql(kg, '{ centrality(measure: CLOSENESS) { rank } }');
    expect(literal.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.data).toBeUndefined();
  });

  it('BETWEENNESS is exact on the seeds, and estimated from sampled sources when `samples` asks', async () => {
    const kg = await seedsGraph();
    const query = `query($samples: Int) { centrality(measure: BETWEENNESS, first: 5, samples: $samples) { score approximate samples entity { id } } }`;
    const exact = await gql(kg, query, {});
    expect(exact.errors).toBeUndefined();
    expect(exact.data.centrality.every((s: Json) => s.approximate === false && s.samples === null)).toBe(true);
    const estimate = await gql(kg, query, { samples: 40 });
    expect(estimate.errors).toBeUndefined();
    expect(estimate.data.centrality).toHaveLength(5);
    expect(estimate.data.centrality.every((s: Json) => s.approximate === true && s.samples === 40)).toBe(true);
    // Sampling is seeded: the same request gives the same scores.
    expect((await gql(kg, query, { samples: 40 })).data).toEqual(estimate.data);
  });

  it('rejects samples for a measure that is not sampled, and samples below 1, as BAD_USER_INPUT', async () => {
    const kg = await seedsGraph();
    for (const [measure, samples, message] of [
      ['PAGERANK', 10, /samples: only BETWEENNESS/],
      ['BETWEENNESS', 0, /samples must be a positive integer/],
    ] as const) {
      const result = await gql(kg, `query($m: CentralityMeasure!, $s: Int) { centrality(measure: $m, samples: $s) { rank } }`, {
        m: measure,
        s: samples,
      });
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });
});
