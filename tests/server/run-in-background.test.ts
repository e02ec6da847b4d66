import { describe, expect, it } from 'vitest';
import { centrality, centralityWork } from '../../src/graph/centrality.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { buildSearchIndex } from '../../src/graph/search-index.js';
import { searchIndexOf } from '../../src/graph/search-index-of.js';
import { runToEnd, type GraphWork, type Steps } from '../../src/graph/steps.js';
import { backgroundRun, runInBackground } from '../../src/server/run-in-background.js';
import { runSliced } from '../../src/server/run-sliced.js';
import { searchIndexReady, warmSearchIndex } from '../../src/server/warm-search-index.js';
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

/** A knowledge graph of the seeds with nothing memoised yet. */
const freshGraph = async (): Promise<KnowledgeGraph> => createKnowledgeGraph((await seedsGraph()).dataset);

describe('the server runs graph work in slices (runSliced, runInBackground)', () => {
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
    'runInBackground(centralityWork(%s)) computes the same scores in slices, letting other work run, shared by concurrent callers',
    async (measure) => {
      const expected = centrality(await freshGraph(), measure, { first: 30 });
      const fresh = await freshGraph();
      const first = runInBackground(fresh, centralityWork(fresh, measure), 0);
      const second = runInBackground(fresh, centralityWork(fresh, measure), 0);
      if (measure !== 'degree') expect(second).toBe(first);
      const { turns } = await turnsDuring(() => Promise.all([first, second]));
      if (measure !== 'degree') expect(turns).toBeGreaterThan(1);
      expect(backgroundRun(fresh, `centrality:${measure}:false:default`)).toBeUndefined();
      expect(centrality(fresh, measure, { first: 30 })).toEqual(expected);
    },
  );

  it('runInBackground resolves at once for done work, and forgets a run that failed so it can be retried', async () => {
    const kg = await freshGraph();
    let attempts = 0;
    const work: GraphWork = {
      key: 'flaky',
      done: false,
      *steps() {
        attempts++;
        yield;
        if (attempts === 1) throw new Error('first attempt fails');
      },
    };
    await expect(runInBackground(kg, work, 0)).rejects.toThrow('first attempt fails');
    expect(backgroundRun(kg, 'flaky')).toBeUndefined();
    await runInBackground(kg, work, 0);
    expect(attempts).toBe(2);
    await runInBackground(kg, { ...work, done: true, steps: () => countTo(1) as never }, 0);
    expect(attempts).toBe(2);
  });
});

describe('warmSearchIndex (the server builds the search index in the background)', () => {
  const options = {
    prefix: (t: string) => t.length >= 3,
    fuzzy: (t: string) => (t.length >= 5 ? 0.2 : false) as number | false,
    first: 20,
  };

  it('resolves with the index searches then use, shares the run, and searchIndexReady waits for it', async () => {
    const kg = await freshGraph();
    const warming = warmSearchIndex(kg, { sliceMs: 1 });
    const again = warmSearchIndex(kg, { sliceMs: 1 });
    let ready = false;
    const waiting = searchIndexReady(kg).then(() => (ready = true));
    expect(ready).toBe(false);
    const { result: index, turns } = await turnsDuring(() => warming);
    expect(turns).toBeGreaterThan(1);
    await waiting;
    expect(ready).toBe(true);
    expect(await again).toBe(index);
    expect(searchIndexOf(kg)).toBe(index);
    expect(await warmSearchIndex(kg)).toBe(index);
    await searchIndexReady(kg);
  });

  it('a synchronous search during the background build finishes it at once, and the build then ends with that index', async () => {
    const kg = await freshGraph();
    const warming = warmSearchIndex(kg, { sliceMs: 1 });
    const index = searchIndexOf(kg);
    expect(await warming).toBe(index);
    expect(index.search('Tokaev', options)).toEqual(buildSearchIndex(kg.dataset).search('Tokaev', options));
  });
});
