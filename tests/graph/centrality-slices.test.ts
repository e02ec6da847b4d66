import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { centrality, centralityWork } from '../../src/graph/centrality.js';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { runToEnd, type Steps } from '../../src/graph/steps.js';
import { seedsGraph } from '../helpers/graphs.js';

function* countTo(n: number): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    sum += i;
    yield;
  }
  return sum;
}

describe('centrality as steps (the graph layer describes the work; adapters schedule it)', () => {
  it('runToEnd runs every step and returns the result', () => {
    expect(runToEnd(countTo(100))).toBe(5050);
  });

  it.each(['betweenness', 'pagerank', 'eigenvector', 'degree'] as const)(
    'centralityWork(%s): steps that memoise the same scores centrality computes at once',
    async (measure) => {
      const seeds = await seedsGraph();
      const expected = centrality(createKnowledgeGraph(seeds.dataset), measure, { first: 30 });
      const fresh = createKnowledgeGraph(seeds.dataset);
      const work = centralityWork(fresh, measure);
      expect(work.key).toBe(`centrality:${measure}:false:default`);
      expect(work.done).toBe(false);
      let steps = 0;
      const run = work.steps();
      while (!run.next().done) steps++;
      if (measure !== 'degree') expect(steps).toBeGreaterThan(1);
      expect(work.done).toBe(true);
      expect(centralityWork(fresh, measure).done).toBe(true);
      expect(centrality(fresh, measure, { first: 30 })).toEqual(expected);
    },
  );

  it('centralityWork keys explicit samples apart and checks its options like centrality', async () => {
    const fresh = createKnowledgeGraph((await seedsGraph()).dataset);
    expect(centralityWork(fresh, 'betweenness', { samples: 3, includePositions: true }).key).toBe('centrality:betweenness:true:3');
    expect(() => centralityWork(fresh, 'pagerank', { samples: 3 })).toThrow(InvalidArgumentError);
    expect(() => centralityWork(fresh, 'nope' as never)).toThrow(InvalidArgumentError);
  });
});
