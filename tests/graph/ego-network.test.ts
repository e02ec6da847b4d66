import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownEntityError } from '../../src/errors.js';
import { egoNetwork, type EgoNetwork } from '../../src/graph/ego-network.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

/**
 *        bob ─s8─ gus
 *   s1 ╱  │s3 likes │s7
 *   ann   │        │
 *   s2 ╲  │        │
 *        cat ──────┘
 *   ann ─s4─ dan ─s5─ eve ─s6─ fay      hal holds position p1 about ann
 */
const kg = tinyGraph({
  edges: [
    ['person:ann', 'knows', 'person:bob'],
    ['person:ann', 'knows', 'person:cat'],
    ['person:bob', 'likes', 'person:cat'],
    ['person:ann', 'knows', 'person:dan'],
    ['person:dan', 'knows', 'person:eve'],
    ['person:eve', 'knows', 'person:fay'],
    ['person:cat', 'knows', 'person:gus'],
    ['person:bob', 'knows', 'person:gus'],
  ],
  positions: [{ holder: 'person:hal', topic: 'person:ann' }],
});

const nodes = (ego: EgoNetwork | null): string[] => (ego?.nodes ?? []).map((n) => `${n.id.slice('person:'.length)}@${n.distance}`);
const edges = (ego: EgoNetwork | null): string[] => (ego?.edges ?? []).map((e) => e.key);
/** Statement keys in the order an ego network returns them (by key, code-unit order). */
const sortedKeys = (keys: readonly string[]): string[] => [...keys].sort();

describe('egoNetwork', () => {
  it('returns the neighbours and every edge among them, triangle included', () => {
    const ego = egoNetwork(kg, 'Ann');
    expect(ego?.center).toBe('person:ann');
    expect(ego?.depth).toBe(1);
    expect(nodes(ego)).toEqual(['ann@0', 'bob@1', 'cat@1', 'dan@1']);
    expect(edges(ego)).toEqual(['statement:s1', 'statement:s2', 'statement:s3', 'statement:s4']);
    expect(ego?.truncated).toBe(false);
  });

  it('orders a layer as its entities are reached: previous layer in order, outgoing then incoming edges', () => {
    const ego = egoNetwork(kg, 'person:ann', { depth: 2 });
    // gus is reached from bob and cat, eve only from dan.
    expect(nodes(ego)).toEqual(['ann@0', 'bob@1', 'cat@1', 'dan@1', 'gus@2', 'eve@2']);
    expect(edges(ego)).toEqual([
      'statement:s1',
      'statement:s2',
      'statement:s3',
      'statement:s4',
      'statement:s5',
      'statement:s7',
      'statement:s8',
    ]);
    expect(nodes(egoNetwork(kg, 'person:ann', { depth: 3 }))).toEqual(['ann@0', 'bob@1', 'cat@1', 'dan@1', 'gus@2', 'eve@2', 'fay@3']);
  });

  it.each([
    // [depth, limit, nodes, truncated]
    [2, 5, ['ann@0', 'bob@1', 'cat@1', 'dan@1', 'gus@2'], true],
    [2, 4, ['ann@0', 'bob@1', 'cat@1', 'dan@1'], true],
    [1, 4, ['ann@0', 'bob@1', 'cat@1', 'dan@1'], false],
    [2, 6, ['ann@0', 'bob@1', 'cat@1', 'dan@1', 'gus@2', 'eve@2'], false],
    [3, 6, ['ann@0', 'bob@1', 'cat@1', 'dan@1', 'gus@2', 'eve@2'], true],
    [1, 2, ['ann@0', 'bob@1'], true],
    [1, 1, ['ann@0'], true],
  ])('depth %i, limit %i: bounded, and truncated exactly when entities within depth were left out', (depth, limit, expected, truncated) => {
    const ego = egoNetwork(kg, 'person:ann', { depth, limit });
    expect(nodes(ego)).toEqual(expected);
    expect(ego?.truncated).toBe(truncated);
    const kept = new Set(ego?.nodes.map((n) => n.id));
    expect(ego?.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
  });

  it('follows only the given predicates, and positions only when asked', () => {
    expect(nodes(egoNetwork(kg, 'person:ann', { predicates: ['likes'] }))).toEqual(['ann@0']);
    const likes = egoNetwork(kg, 'person:bob', { predicates: ['likes'] });
    expect(nodes(likes)).toEqual(['bob@0', 'cat@1']);
    expect(edges(likes)).toEqual(['statement:s3']);
    const withPositions = egoNetwork(kg, 'person:ann', { includePositions: true });
    expect(nodes(withPositions)).toEqual(['ann@0', 'bob@1', 'cat@1', 'dan@1', 'hal@1']);
    expect(edges(withPositions)).toEqual(['statement:s1', 'statement:s2', 'statement:s3', 'statement:s4', 'position:p1>person:ann']);
  });

  it('stops at the limit in a hub and keeps exactly the edges among the entities taken', () => {
    const star = tinyGraph({
      edges: [
        ['person:hub', 'knows', 'person:a1'],
        ['person:hub', 'knows', 'person:a2'],
        ['person:a3', 'knows', 'person:hub'],
        ['person:hub', 'knows', 'person:a4'],
        ['person:hub', 'likes', 'person:a1'],
        ['person:a1', 'knows', 'person:a2'],
      ],
    });
    const ego = egoNetwork(star, 'person:hub', { limit: 3 });
    expect(ego?.nodes.map((n) => n.id)).toEqual(['person:hub', 'person:a1', 'person:a2']);
    expect(edges(ego)).toEqual(['statement:s1', 'statement:s2', 'statement:s5', 'statement:s6']);
    expect(ego?.truncated).toBe(true);
    // With two entities the hub's edges are looked up per entity, not walked: same edges.
    expect(edges(egoNetwork(star, 'person:hub', { limit: 2 }))).toEqual(['statement:s1', 'statement:s5']);
    const all = egoNetwork(star, 'person:hub', { limit: 5 });
    expect(all?.nodes.map((n) => n.id)).toEqual(['person:hub', 'person:a1', 'person:a2', 'person:a4', 'person:a3']);
    expect(all?.truncated).toBe(false);
  });

  it('caps the edges: those of the entities reached first, and says so', () => {
    // hub ⇉ a1 three times, a1 → a2, hub → a2, a2 → a2 (self-loop).
    const multi = tinyGraph({
      edges: [
        ['person:hub', 'knows', 'person:a1'],
        ['person:hub', 'likes', 'person:a1'],
        ['person:a1', 'knows', 'person:a2'],
        ['person:hub', 'knows', 'person:a2'],
        ['person:hub', 'meets', 'person:a1'],
        ['person:a2', 'likes', 'person:a2'],
      ],
    });
    const all = egoNetwork(multi, 'person:hub', { depth: 2 });
    expect(edges(all)).toEqual(['statement:s1', 'statement:s2', 'statement:s3', 'statement:s4', 'statement:s5', 'statement:s6']);
    expect(all?.edgesTruncated).toBe(false);
    expect(egoNetwork(multi, 'person:hub', { depth: 2, edgeLimit: 6 })?.edgesTruncated).toBe(false);
    // Order reached: hub, a1, a2. Pair (a1, hub) first: its three edges; then a2's edges to hub, a1, itself.
    const three = egoNetwork(multi, 'person:hub', { depth: 2, edgeLimit: 3 });
    expect(three?.nodes.map((n) => n.id)).toEqual(['person:hub', 'person:a1', 'person:a2']);
    expect(edges(three)).toEqual(['statement:s1', 'statement:s2', 'statement:s5']);
    expect(three?.edgesTruncated).toBe(true);
    expect(edges(egoNetwork(multi, 'person:hub', { depth: 2, edgeLimit: 4 }))).toEqual([
      'statement:s1',
      'statement:s2',
      'statement:s4',
      'statement:s5',
    ]);
    // Parallel edges in graphology's order: the most recently added first.
    expect(edges(egoNetwork(multi, 'person:hub', { depth: 2, edgeLimit: 1 }))).toEqual(['statement:s5']);
    // Order reached from a2: a2, a1, hub. Pairs: (a2, a2), (a1, a2), (hub, a2), then (hub, a1) is cut.
    expect(edges(egoNetwork(multi, 'person:a2', { depth: 2, edgeLimit: 3 }))).toEqual(['statement:s3', 'statement:s4', 'statement:s6']);
  });

  it("selects the same edges as the definition, whether an entity's edges are walked or looked up pair by pair", () => {
    const people = ['a', 'b', 'c', 'd', 'e'].map((p) => `person:${p}`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...people), fc.constantFrom(...people)), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 30 }),
        (pairs, edgeLimit) => {
          const g = tinyGraph({ edges: pairs.map(([s, o]) => [s, 'knows', o] as const) });
          const center = pairs[0]?.[0] as string;
          const ego = egoNetwork(g, center, { depth: 2, edgeLimit });
          // The definition: pairs (k, j ≤ k) in the order entities were reached, each pair's edges in graph order.
          const order = ego.nodes.map((n) => n.id);
          const expected: string[] = [];
          order.forEach((node, k) => order.slice(0, k + 1).forEach((other) => expected.push(...g.graph.edges(node, other))));
          expect(edges(ego)).toEqual(sortedKeys(expected.slice(0, edgeLimit)));
          expect(ego.edgesTruncated).toBe(expected.length > edgeLimit);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it('keeps the edges of hubs bounded: parallel edges beyond the cap are never collected', () => {
    const parallel = Array.from({ length: 300 }, () => ['person:hub', 'knows', 'person:a1'] as const);
    const dense = tinyGraph({ edges: [...parallel, ['person:a1', 'knows', 'person:a2']] });
    const ego = egoNetwork(dense, 'person:hub', { depth: 2, edgeLimit: 10 });
    expect(ego?.edges).toHaveLength(10);
    expect(ego?.edgesTruncated).toBe(true);
    expect(egoNetwork(dense, 'person:hub', { depth: 2 })?.edges).toHaveLength(301);
  });

  it("walks a hub (300 neighbours) in the graph's order, stopping at the limit", () => {
    const leaves = Array.from({ length: 300 }, (_, i) => `person:a${i + 1}`);
    const hub = tinyGraph({
      edges: [
        ...leaves.map((leaf) => ['person:hub', 'knows', leaf] as const),
        ['person:hub', 'likes', 'person:a7'],
        ...['person:b1', 'person:b2', 'person:b3'].map((b) => [b, 'knows', 'person:hub'] as const),
      ],
    });
    expect(hub.adjacency.degree('person:hub')).toBe(304);
    const all = egoNetwork(hub, 'person:hub', { limit: 500 });
    expect(all?.nodes.map((n) => n.id)).toEqual([
      'person:hub',
      ...hub.graph.outNeighbors('person:hub'),
      'person:b1',
      'person:b2',
      'person:b3',
    ]);
    expect(all?.truncated).toBe(false);
    const some = egoNetwork(hub, 'person:hub', { limit: 10, depth: 2 });
    expect(some?.nodes.map((n) => n.id)).toEqual(['person:hub', ...leaves.slice(0, 9)]);
    expect(some?.truncated).toBe(true);
    // Acceptance still decides per neighbour: only a7 is liked.
    expect(egoNetwork(hub, 'person:hub', { predicates: ['likes'] })?.nodes.map((n) => n.id)).toEqual(['person:hub', 'person:a7']);
    // From a leaf, the hub is reached, then its neighbours (listed) at distance 2.
    expect(egoNetwork(hub, 'person:b2', { depth: 2, limit: 4 })?.nodes.map((n) => `${n.id}@${n.distance}`)).toEqual([
      'person:b2@0',
      'person:hub@1',
      'person:a1@2',
      'person:a2@2',
    ]);
  });

  it('rejects an unknown entity, naming the argument', () => {
    expect(() => egoNetwork(kg, 'Atlantis')).toThrow(UnknownEntityError);
    expect(() => egoNetwork(kg, 'Atlantis')).toThrow('entity: no entity is named "Atlantis"');
  });

  it.each([{ depth: 4 }, { depth: 0 }, { limit: 0 }, { limit: 501 }, { edgeLimit: 0 }, { edgeLimit: 5001 }, { predicates: ['nope'] }])(
    'rejects %j',
    (options) => {
      expect(() => egoNetwork(kg, 'person:ann', options)).toThrow(InvalidArgumentError);
    },
  );
});
