import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { centrality, centralityScores, type CentralityMeasure } from '../../src/graph/centrality.js';
import { tinyGraph, type TinyGraphSpec } from '../helpers/tiny-graph.js';

/** A star (hub with four leaves, one tie doubled by a second statement) and a separate pair of organizations. */
const STAR: TinyGraphSpec = {
  edges: [
    ['person:hub', 'knows', 'person:leaf-a'],
    ['person:leaf-a', 'likes', 'person:hub'],
    ['person:hub', 'knows', 'person:leaf-b'],
    ['person:hub', 'knows', 'person:leaf-c'],
    ['person:leaf-d', 'knows', 'person:hub'],
    ['organization:xen', 'partner_of', 'organization:yon'],
  ],
  positions: [{ holder: 'organization:xen', topic: 'person:hub' }],
};
const kg = tinyGraph(STAR);

const LEAVES = ['person:leaf-a', 'person:leaf-b', 'person:leaf-c', 'person:leaf-d'];

describe('centrality', () => {
  it('DEGREE: share of the other entities tied to each, parallel statements counted once', () => {
    expect(centrality(kg, 'degree').map((s) => [s.entity, s.score, s.rank])).toEqual([
      ['person:hub', 4 / 6, 1],
      ['organization:xen', 1 / 6, 2],
      ['organization:yon', 1 / 6, 2],
      ...LEAVES.map((id) => [id, 1 / 6, 2]),
    ]);
  });

  it('BETWEENNESS: the hub carries every leaf-to-leaf shortest path', () => {
    const scores = centralityScores(kg, 'betweenness');
    // 6 leaf pairs over (n-1)(n-2)/2 = 15 pairs of other entities.
    expect(scores.get('person:hub')).toBeCloseTo(6 / 15, 12);
    for (const id of [...LEAVES, 'organization:xen', 'organization:yon']) expect(scores.get(id)).toBe(0);
    expect(centrality(kg, 'betweenness', { first: 2 }).map((s) => [s.entity, s.rank])).toEqual([
      ['person:hub', 1],
      ['organization:xen', 2],
    ]);
  });

  it('PAGERANK: a probability distribution, symmetric entities scoring alike', () => {
    const scores = centralityScores(kg, 'pagerank');
    expect([...scores.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    for (const id of LEAVES) expect(scores.get(id)).toBeCloseTo(scores.get('person:leaf-a')!, 9);
    expect(scores.get('organization:xen')).toBeCloseTo(scores.get('organization:yon')!, 9);
    expect(centrality(kg, 'pagerank', { first: 1 })[0]?.entity).toBe('person:hub');
  });

  it('EIGENVECTOR: the principal eigenvector of the star, the smaller component vanishing', () => {
    const scores = centralityScores(kg, 'eigenvector');
    expect(scores.get('person:hub')).toBeCloseTo(Math.SQRT1_2, 4);
    for (const id of LEAVES) expect(scores.get(id)).toBeCloseTo(1 / (2 * Math.SQRT2), 4);
    expect(scores.get('organization:xen')).toBeCloseTo(0, 4);
  });

  it('ranks within a kind when asked', () => {
    expect(centrality(kg, 'degree', { kind: 'organization' }).map((s) => [s.entity, s.rank])).toEqual([
      ['organization:xen', 1],
      ['organization:yon', 1],
    ]);
  });

  it('counts position links only when asked', () => {
    const withPositions = centrality(kg, 'degree', { includePositions: true });
    expect(withPositions.slice(0, 2).map((s) => [s.entity, s.score])).toEqual([
      ['person:hub', 5 / 6],
      ['organization:xen', 2 / 6],
    ]);
  });

  it('computes each measure once per knowledge graph', () => {
    expect(centralityScores(kg, 'pagerank')).toBe(centralityScores(kg, 'pagerank'));
    expect(centralityScores(kg, 'degree', true)).not.toBe(centralityScores(kg, 'degree', false));
    const other = tinyGraph({ edges: [['person:hub', 'knows', 'person:leaf-a']] });
    expect(centralityScores(other, 'degree').get('person:hub')).toBe(1);
  });

  it('cuts the ranking at first, and rejects unknown measures and negative sizes', () => {
    expect(centrality(kg, 'degree', { first: 0 })).toEqual([]);
    expect(centrality(kg, 'degree', { first: 1000 })).toHaveLength(7);
    expect(() => centrality(kg, 'degree', { first: -1 })).toThrow(InvalidArgumentError);
    expect(() => centrality(kg, 'closeness' as CentralityMeasure)).toThrow(InvalidArgumentError);
  });

  it('BETWEENNESS with samples: a seeded estimate, marked approximate; every source is the exact score', () => {
    const exact = centrality(kg, 'betweenness', { first: 7 });
    expect(exact.every((s) => !s.approximate && s.samples === null)).toBe(true);
    const estimate = centrality(kg, 'betweenness', { first: 7, samples: 3 });
    expect(estimate.every((s) => s.approximate && s.samples === 3)).toBe(true);
    // Computed afresh on an identical graph: the same sources, so the same scores.
    const again = tinyGraph(STAR);
    expect(centrality(again, 'betweenness', { first: 7, samples: 3 })).toEqual(estimate);
    expect(centrality(kg, 'betweenness', { first: 7, samples: 99 })).toEqual(exact);
  });

  it('keeps answering the same estimates after many different sample counts (older estimates are evicted, then recomputed)', () => {
    const first = centrality(kg, 'betweenness', { first: 7, samples: 2 });
    for (let samples = 3; samples <= 14; samples++) centrality(kg, 'betweenness', { first: 7, samples });
    expect(centrality(kg, 'betweenness', { first: 7, samples: 2 })).toEqual(first);
    expect(centrality(kg, 'betweenness', { first: 7 }).every((s) => !s.approximate)).toBe(true);
  });

  it('rejects samples for other measures and samples below 1', () => {
    expect(() => centrality(kg, 'degree', { samples: 3 })).toThrow(/samples: only BETWEENNESS/);
    expect(() => centrality(kg, 'betweenness', { samples: 0 })).toThrow(InvalidArgumentError);
    expect(() => centrality(kg, 'betweenness', { samples: 1.5 })).toThrow(InvalidArgumentError);
  });
});
