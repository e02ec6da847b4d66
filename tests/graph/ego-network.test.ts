import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
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

  it('is null for an unknown entity', () => {
    expect(egoNetwork(kg, 'Atlantis')).toBeNull();
  });

  it.each([{ depth: 4 }, { depth: 0 }, { limit: 0 }, { limit: 501 }, { predicates: ['nope'] }])('rejects %j', (options) => {
    expect(() => egoNetwork(kg, 'person:ann', options)).toThrow(InvalidArgumentError);
  });
});
