import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { betweenness, eigenvector, pagerank } from 'graphology-metrics/centrality/index.js';
import { describe, expect, it } from 'vitest';
import {
  BETWEENNESS_WORK_BUDGET,
  betweennessCentrality,
  defaultBetweennessSamples,
  maxBetweennessSamples,
  MIN_BETWEENNESS_SAMPLES,
  sampleSources,
} from '../../src/graph/betweenness.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { eigenvectorCentrality, pagerankCentrality } from '../../src/graph/spectral-centrality.js';
import { tieProjection, type TieProjection } from '../../src/graph/tie-projection.js';
import { seedsGraph } from '../helpers/graphs.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

/** The projection as graphology-metrics sees it: one `mergeEdge` per accepted, non-loop edge. */
function graphologyProjection(kg: KnowledgeGraph, includePositions: boolean): UndirectedGraph {
  const projection = new UndirectedGraph();
  kg.graph.forEachNode((node) => projection.addNode(node));
  kg.graph.forEachEdge((_key, attributes, source, target) => {
    if (source !== target && (attributes.kind === 'statement' || includePositions)) projection.mergeEdge(source, target);
  });
  return projection;
}

function neighbourSets(projection: TieProjection): Map<string, string[]> {
  const { ids, offsets, neighbours } = projection;
  return new Map(ids.map((id, i) => [id, [...neighbours.subarray(offsets[i], offsets[i + 1])].map((v) => ids[v]!).sort()]));
}

const allSources = (projection: TieProjection): Int32Array => sampleSources(projection.ids.length, projection.ids.length);

/** Checks the projection, exact betweenness, PageRank and eigenvector centrality of `kg` against graphology and graphology-metrics. */
function expectSameAsGraphology(kg: KnowledgeGraph, includePositions: boolean): void {
  const ours = tieProjection(kg, includePositions);
  const reference = graphologyProjection(kg, includePositions);
  expect(neighbourSets(ours)).toEqual(new Map(reference.nodes().map((id) => [id, reference.neighbors(id).sort()])));
  const measures = [
    [betweenness(reference, { getEdgeWeight: null, normalized: true }), betweennessCentrality(ours, allSources(ours))],
    [pagerank(reference, { getEdgeWeight: null, maxIterations: 1000 }), pagerankCentrality(ours)],
    [eigenvector(reference, { getEdgeWeight: null, maxIterations: 1000 }), eigenvectorCentrality(ours)],
  ] as const;
  for (const [expected, scores] of measures) ours.ids.forEach((id, i) => expect(scores[i]).toBeCloseTo(expected[id]!, 12));
}

const PEOPLE = ['person:ann', 'person:bob', 'person:cyd', 'person:dan', 'person:eve', 'person:fay', 'person:gus', 'person:hal'];

describe('tieProjection, betweenness, PageRank and eigenvector centrality', () => {
  it('match graphology and graphology-metrics on the seeds, with and without position links', async () => {
    const kg = await seedsGraph();
    expectSameAsGraphology(kg, false);
    expectSameAsGraphology(kg, true);
  });

  it('match them on random multigraphs (parallel edges, both directions, self-loops, isolated nodes)', () => {
    const person = fc.constantFrom(...PEOPLE);
    fc.assert(
      fc.property(fc.array(fc.tuple(person, person), { minLength: 1, maxLength: 20 }), (pairs) => {
        const kg = tinyGraph({ edges: pairs.map(([a, b]) => [a, 'knows', b] as const), entities: PEOPLE });
        expectSameAsGraphology(kg, false);
      }),
      { numRuns: 40 },
    );
  });

  it('PageRank and eigenvector centrality of an empty projection are empty', () => {
    const empty: TieProjection = { ids: [], offsets: new Int32Array(1), neighbours: new Int32Array(0) };
    expect(pagerankCentrality(empty)).toHaveLength(0);
    expect(eigenvectorCentrality(empty)).toHaveLength(0);
  });

  it('the betweenness estimate is unbiased: averaged over every set of sampled sources it is the exact score', () => {
    // A path with a branch: ann – bob – cyd – dan, cyd – eve.
    const kg = tinyGraph({
      edges: [
        ['person:ann', 'knows', 'person:bob'],
        ['person:bob', 'knows', 'person:cyd'],
        ['person:cyd', 'knows', 'person:dan'],
        ['person:cyd', 'knows', 'person:eve'],
      ],
    });
    const projection = tieProjection(kg, false);
    const n = projection.ids.length;
    const exact = betweennessCentrality(projection, allSources(projection));
    const sum = new Float64Array(n);
    let subsets = 0;
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const estimate = betweennessCentrality(projection, Int32Array.of(a, b));
        for (let i = 0; i < n; i++) sum[i]! += estimate[i]!;
        subsets++;
      }
    }
    for (let i = 0; i < n; i++) expect(sum[i]! / subsets).toBeCloseTo(exact[i]!, 12);
    expect(exact.some((score) => score > 0)).toBe(true);
  });
});

describe('sampleSources', () => {
  it('picks distinct sources in range, ascending, the same for the same seed', () => {
    const picked = sampleSources(1000, 50);
    expect(picked).toHaveLength(50);
    expect(new Set(picked).size).toBe(50);
    expect([...picked].every((v, i) => v >= 0 && v < 1000 && (i === 0 || v > picked[i - 1]!))).toBe(true);
    expect(sampleSources(1000, 50)).toEqual(picked);
    expect(sampleSources(1000, 50, 7)).not.toEqual(picked);
  });

  it('takes every node when asked for as many or more', () => {
    expect([...sampleSources(4, 9)]).toEqual([0, 1, 2, 3]);
  });
});

describe('betweenness work limits', () => {
  /** A projection of `n` nodes and `ties` ties (the limits only look at its size). */
  const ofSize = (n: number, ties: number): TieProjection => ({
    ids: new Array<string>(n),
    offsets: new Int32Array(n + 1),
    neighbours: new Int32Array(2 * ties),
  });

  it('is exact while every source fits the budget', () => {
    expect(defaultBetweennessSamples(ofSize(1000, 5000))).toBe(1000);
  });

  it('samples what the budget allows on large graphs, never fewer than the minimum', () => {
    const large = ofSize(100_000, 1_000_000);
    expect(defaultBetweennessSamples(large)).toBe(Math.floor(BETWEENNESS_WORK_BUDGET / 2_100_000));
    expect(defaultBetweennessSamples(ofSize(2_000_000, 5_000_000))).toBe(MIN_BETWEENNESS_SAMPLES);
  });

  it('allows five budgets of explicit samples', () => {
    expect(maxBetweennessSamples(ofSize(100_000, 1_000_000))).toBe(Math.floor((5 * BETWEENNESS_WORK_BUDGET) / 2_100_000));
    expect(maxBetweennessSamples(ofSize(100, 100))).toBe(100);
  });
});
