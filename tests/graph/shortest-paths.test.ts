import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError, UnknownEntityError } from '../../src/errors.js';
import { shortestPath, shortestPaths, type GraphPath } from '../../src/graph/shortest-paths.js';
import { tinyGraph, type TinyEdge } from '../helpers/tiny-graph.js';

/**
 *   ann ─s1 knows→ bob ←s2 knows─ cat ─s4 knows→ dan
 *                  bob ─s3 likes→ cat
 *   ann ─s5 knows→ eve ─s6 knows→ gus ─s7 knows→ dan
 *   ann ─s8 knows→ ivy ─s9 knows→ jon ─s10 knows→ kim ─s11 knows→ dan
 *   lee (position p1 about dan), zed (isolated)
 */
const kg = tinyGraph({
  edges: [
    ['person:ann', 'knows', 'person:bob'],
    ['person:cat', 'knows', 'person:bob'],
    ['person:bob', 'likes', 'person:cat'],
    ['person:cat', 'knows', 'person:dan'],
    ['person:ann', 'knows', 'person:eve'],
    ['person:eve', 'knows', 'person:gus'],
    ['person:gus', 'knows', 'person:dan'],
    ['person:ann', 'knows', 'person:ivy'],
    ['person:ivy', 'knows', 'person:jon'],
    ['person:jon', 'knows', 'person:kim'],
    ['person:kim', 'knows', 'person:dan'],
  ],
  positions: [{ holder: 'person:lee', topic: 'person:dan' }],
  entities: ['person:zed'],
});

/** A path as `node -[key direction]- node …`, for exact comparisons. */
function describePath(path: GraphPath): string {
  let out = path.nodes[0] ?? '';
  for (const hop of path.hops) {
    out += ` [${hop.links.map((l) => `${l.edge.key} ${l.direction}`).join(', ')}] ${hop.to}`;
  }
  return out;
}

describe('shortestPaths', () => {
  it('finds every shortest path, in lexicographic order, ignoring longer ones', () => {
    expect(shortestPaths(kg, 'person:ann', 'person:dan').map(describePath)).toEqual([
      'person:ann [statement:s1 forward] person:bob [statement:s2 backward, statement:s3 forward] person:cat [statement:s4 forward] person:dan',
      'person:ann [statement:s5 forward] person:eve [statement:s6 forward] person:gus [statement:s7 forward] person:dan',
    ]);
  });

  it('reports directions relative to the path when walked the other way', () => {
    expect(shortestPaths(kg, 'Dan', 'Ann').map(describePath)).toEqual([
      'person:dan [statement:s4 backward] person:cat [statement:s2 forward, statement:s3 backward] person:bob [statement:s1 backward] person:ann',
      'person:dan [statement:s7 backward] person:gus [statement:s6 backward] person:eve [statement:s5 backward] person:ann',
    ]);
  });

  it('keeps hop endpoints and nodes consistent', () => {
    const [path] = shortestPaths(kg, 'person:ann', 'person:dan');
    expect(path!.hops.map((h) => [h.from, h.to])).toEqual([
      ['person:ann', 'person:bob'],
      ['person:bob', 'person:cat'],
      ['person:cat', 'person:dan'],
    ]);
  });

  it('returns nothing when the only paths are longer than maxHops', () => {
    expect(shortestPaths(kg, 'person:ann', 'person:dan', { maxHops: 2 })).toEqual([]);
    expect(shortestPaths(kg, 'person:ann', 'person:dan', { maxHops: 3 })).toHaveLength(2);
  });

  it('follows only the given predicates', () => {
    expect(shortestPaths(kg, 'person:ann', 'person:dan', { predicates: ['knows'] }).map(describePath)).toEqual([
      'person:ann [statement:s1 forward] person:bob [statement:s2 backward] person:cat [statement:s4 forward] person:dan',
      'person:ann [statement:s5 forward] person:eve [statement:s6 forward] person:gus [statement:s7 forward] person:dan',
    ]);
    expect(shortestPaths(kg, 'person:bob', 'person:cat', { predicates: ['likes'] }).map(describePath)).toEqual([
      'person:bob [statement:s3 forward] person:cat',
    ]);
    expect(shortestPaths(kg, 'person:ann', 'person:cat', { predicates: ['likes'] })).toEqual([]);
  });

  it('follows position links only when asked', () => {
    expect(shortestPaths(kg, 'person:lee', 'person:dan')).toEqual([]);
    expect(shortestPaths(kg, 'person:lee', 'person:dan', { includePositions: true }).map(describePath)).toEqual([
      'person:lee [position:p1>person:dan forward] person:dan',
    ]);
    expect(shortestPaths(kg, 'person:lee', 'person:gus', { includePositions: true }).map((p) => p.nodes)).toEqual([
      ['person:lee', 'person:dan', 'person:gus'],
    ]);
  });

  it('keeps every parent of a node reached twice in one layer (diamond before a busy end)', () => {
    // dan's many leaves make the search grow from ann three times in a row, through the diamond.
    const diamond = tinyGraph({
      edges: [
        ['person:ann', 'knows', 'person:bob'],
        ['person:ann', 'knows', 'person:cat'],
        ['person:bob', 'knows', 'person:mid'],
        ['person:cat', 'knows', 'person:mid'],
        ['person:mid', 'knows', 'person:dan'],
        ...[1, 2, 3, 4, 5].map((i): TinyEdge => ['person:dan', 'knows', `person:leaf-${i}`]),
      ],
    });
    expect(shortestPaths(diamond, 'person:ann', 'person:dan').map((p) => p.nodes)).toEqual([
      ['person:ann', 'person:bob', 'person:mid', 'person:dan'],
      ['person:ann', 'person:cat', 'person:mid', 'person:dan'],
    ]);
    expect(shortestPaths(diamond, 'person:dan', 'person:ann').map((p) => p.nodes)).toEqual([
      ['person:dan', 'person:mid', 'person:bob', 'person:ann'],
      ['person:dan', 'person:mid', 'person:cat', 'person:ann'],
    ]);
  });

  it('caps the number of paths with limit', () => {
    expect(shortestPaths(kg, 'person:ann', 'person:dan', { limit: 1 }).map((p) => p.nodes)).toEqual([
      ['person:ann', 'person:bob', 'person:cat', 'person:dan'],
    ]);
    expect(shortestPath(kg, 'person:ann', 'person:dan')?.nodes).toEqual(['person:ann', 'person:bob', 'person:cat', 'person:dan']);
  });

  it('gives a path without hops from an entity to itself', () => {
    expect(shortestPaths(kg, 'person:ann', 'Ann')).toEqual([{ nodes: ['person:ann'], hops: [] }]);
  });

  it('rejects unknown entities and gives nothing for disconnected ones', () => {
    expect(() => shortestPaths(kg, 'person:ann', 'Atlantis')).toThrow(UnknownEntityError);
    expect(() => shortestPaths(kg, 'Atlantis', 'person:ann')).toThrow('from: no entity is named "Atlantis"');
    expect(shortestPaths(kg, 'person:ann', 'person:zed')).toEqual([]);
    expect(shortestPath(kg, 'person:zed', 'person:ann')).toBeNull();
  });

  it.each([
    [{ maxHops: 7 }, /maxHops must be an integer from 1 to 6, got 7/],
    [{ maxHops: 0 }, /maxHops/],
    [{ maxHops: 2.5 }, /maxHops/],
    [{ limit: 0 }, /limit must be an integer from 1 to 100/],
    [{ limit: 101 }, /limit/],
    [{ predicates: ['knws'] }, /"knws" is not a predicate/],
  ])('rejects %j', (options, message) => {
    expect(() => shortestPaths(kg, 'person:ann', 'person:dan', options)).toThrow(InvalidArgumentError);
    expect(() => shortestPaths(kg, 'person:ann', 'person:dan', options)).toThrow(message);
  });

  it('rejects invalid arguments even for unknown entities', () => {
    expect(() => shortestPaths(kg, 'Atlantis', 'Utopia', { maxHops: 99 })).toThrow(InvalidArgumentError);
  });

  it('only visits entities near the two ends, however large the rest of the graph', () => {
    const edges: TinyEdge[] = [
      ['person:ann', 'knows', 'person:bob'],
      ['person:bob', 'knows', 'person:cat'],
    ];
    // A large component the search must never enter.
    for (let i = 0; i < 200; i++) edges.push([`person:far-${i}`, 'knows', `person:far-${(i * 7 + 1) % 200}`]);
    const big = tinyGraph({ edges });
    const visited = new Set<unknown>();
    const original = big.adjacency.forEachEdge.bind(big.adjacency);
    const spy = vi.spyOn(big.adjacency, 'forEachEdge').mockImplementation((...args: unknown[]) => {
      if (args.length === 2) visited.add(args[0]);
      return (original as (...a: unknown[]) => void)(...args);
    });
    expect(shortestPaths(big, 'person:ann', 'person:cat').map((p) => p.nodes)).toEqual([['person:ann', 'person:bob', 'person:cat']]);
    spy.mockRestore();
    expect(visited.size).toBeGreaterThan(0);
    expect([...visited].every((node) => ['person:ann', 'person:bob', 'person:cat'].includes(node as string))).toBe(true);
  });
});

describe('shortestPaths against brute force', () => {
  const names = ['aa', 'bb', 'cc', 'dd', 'ee', 'ff', 'gg'];

  /** Every simple path from `from` to `to` in the undirected graph of `edges`, shortest only. */
  function bruteForce(edges: ReadonlyArray<readonly [number, number]>, from: number, to: number, maxHops: number): string[][] {
    const adjacent = names.map(() => new Set<number>());
    for (const [a, b] of edges) {
      if (a === b) continue;
      adjacent[a]!.add(b);
      adjacent[b]!.add(a);
    }
    const found: number[][] = [];
    const walk = (path: number[]): void => {
      const last = path[path.length - 1]!;
      if (last === to) {
        found.push([...path]);
        return;
      }
      if (path.length - 1 >= maxHops) return;
      for (const next of adjacent[last]!) if (!path.includes(next)) walk([...path, next]);
    };
    walk([from]);
    const shortest = Math.min(...found.map((p) => p.length));
    return found
      .filter((p) => p.length === shortest)
      .map((p) => p.map((i) => `person:${names[i]}`))
      .sort((x, y) => (x.join(' ') < y.join(' ') ? -1 : 1));
  }

  it('returns exactly the shortest simple paths of the undirected graph', () => {
    const edge = fc.tuple(fc.nat(names.length - 1), fc.nat(names.length - 1));
    fc.assert(
      fc.property(
        fc.array(edge, { minLength: 1, maxLength: 14 }),
        fc.nat(names.length - 1),
        fc.nat(names.length - 1),
        fc.integer({ min: 1, max: 6 }),
        (pairs, from, to, maxHops) => {
          const edges: TinyEdge[] = pairs.map(([a, b]) => [`person:${names[a]}`, 'knows', `person:${names[b]}`]);
          const g = tinyGraph({ edges, entities: names.map((n) => `person:${n}`) });
          const expected = from === to ? [[`person:${names[from]}`]] : bruteForce(pairs, from, to, maxHops);
          const actual = shortestPaths(g, `person:${names[from]}`, `person:${names[to]}`, { maxHops, limit: 100 }).map((p) => [...p.nodes]);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
