import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { centrality, warmCentrality } from '../../src/graph/centrality.js';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { runSliced, runToEnd, type Steps } from '../../src/graph/run-sliced.js';
import { seedsGraph } from '../helpers/graphs.js';

function* countTo(n: number): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    sum += i;
    yield;
  }
  return sum;
}

/** Counts the turns of the event loop other work gets while `work` runs. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = (): void => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work();
  running = false;
  return { result, turns };
}

describe('work in slices', () => {
  it('runSliced gives what runToEnd gives, and lets the event loop turn between slices', async () => {
    expect(runToEnd(countTo(100))).toBe(5050);
    const { result, turns } = await turnsDuring(() => runSliced(countTo(100), 0));
    expect(result).toBe(5050);
    expect(turns).toBeGreaterThanOrEqual(50);
  });

  it('runSliced rejects with what a step throws', async () => {
    function* failing(): Steps<number> {
      yield;
      throw new Error('step failed');
    }
    await expect(runSliced(failing(), 0)).rejects.toThrow('step failed');
  });

  it.each(['betweenness', 'pagerank', 'eigenvector', 'degree'] as const)(
    'warmCentrality(%s) computes the same scores in slices, letting other work run, shared by concurrent callers',
    async (measure) => {
      const seeds = await seedsGraph();
      const expected = centrality(createKnowledgeGraph(seeds.dataset), measure, { first: 30 });
      const fresh = createKnowledgeGraph(seeds.dataset);
      const { turns } = await turnsDuring(() =>
        Promise.all([warmCentrality(fresh, measure, {}, 0), warmCentrality(fresh, measure, {}, 0)]),
      );
      if (measure !== 'degree') expect(turns).toBeGreaterThan(1);
      expect(centrality(fresh, measure, { first: 30 })).toEqual(expected);
    },
  );

  it('warmCentrality checks its options like centrality', async () => {
    const fresh = createKnowledgeGraph((await seedsGraph()).dataset);
    await expect(warmCentrality(fresh, 'pagerank', { samples: 3 })).rejects.toThrow(InvalidArgumentError);
    await expect(warmCentrality(fresh, 'nope' as never)).rejects.toThrow(InvalidArgumentError);
  });
});
