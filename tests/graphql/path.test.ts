import { describe, expect, it } from 'vitest';
import { normalizeQuote } from '../../src/dataset/normalized-text.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { gql, type Json } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

const PATH_FIELDS = `
  length
  nodes { id name }
  hops {
    from { id }
    to { id }
    links {
      direction
      edge {
        id kind predicate { id } source { id } target { id }
        statement { id } position { id }
        evidence { quote exact start end document { id } }
      }
    }
  }`;

const PATH = `query($from: String!, $to: String!, $maxHops: Int, $predicates: [String!], $includePositions: Boolean) {
  path(from: $from, to: $to, maxHops: $maxHops, predicates: $predicates, includePositions: $includePositions) { ${PATH_FIELDS} }
}`;

const PATHS = `query($from: String!, $to: String!, $limit: Int) { paths(from: $from, to: $to, limit: $limit) { ${PATH_FIELDS} } }`;

/** Checks what every path must satisfy: connected hops, directions that match the edges, quotes at their offsets. */
function expectWellFormed(kg: KnowledgeGraph, path: Json, from: string, to: string): void {
  expect(path.nodes[0].id).toBe(from);
  expect(path.nodes[path.nodes.length - 1].id).toBe(to);
  expect(path.hops).toHaveLength(path.length);
  expect(path.nodes).toHaveLength(path.length + 1);
  path.hops.forEach((hop: Json, i: number) => {
    expect(hop.from.id).toBe(path.nodes[i].id);
    expect(hop.to.id).toBe(path.nodes[i + 1].id);
    expect(hop.links.length).toBeGreaterThan(0);
    for (const { direction, edge } of hop.links) {
      const ends = direction === 'FORWARD' ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
      expect([edge.source.id, edge.target.id]).toEqual(ends);
      expect(edge.kind === 'STATEMENT' ? edge.statement?.id : edge.position?.id).toBeTruthy();
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const e of edge.evidence) {
        const text = kg.documentById.get(e.document.id)!.text;
        expect(text.slice(e.start, e.end)).toBe(e.exact);
        expect(normalizeQuote(e.exact)).toBe(normalizeQuote(e.quote));
      }
    }
  });
}

describe('Query.path', () => {
  it('connects Tokayev and Putin, every hop with its evidence at its offsets', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, PATH, { from: 'Tokaev', to: 'Putin' });
    expect(result.errors).toBeUndefined();
    const path = result.data.path;
    expect(path.length).toBeGreaterThanOrEqual(1);
    expectWellFormed(kg, path, 'person:kassym-jomart-tokayev', 'person:vladimir-putin');
  });

  it('walks from Putin to Trump, reporting hop directions against the statements', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, PATHS, { from: 'President Putin', to: 'Donald Trump', limit: 5 });
    expect(result.errors).toBeUndefined();
    const paths = result.data.paths;
    expect(paths.length).toBeGreaterThan(0);
    const lengths = new Set(paths.map((p: Json) => p.length as number));
    expect(lengths.size).toBe(1);
    const keys: string[] = paths.map((p: Json) => (p.nodes as Json[]).map((n: Json) => n.id as string).join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(keys);
    for (const path of paths) expectWellFormed(kg, path, 'person:vladimir-putin', 'person:donald-trump');
  });

  it('follows position links only when asked', async () => {
    const kg = await seedsGraph();
    // A position whose topic no statement touches: reachable from its holder only through the position.
    const position = kg.dataset.positions.find(
      (p) => p.topic !== p.holder && kg.graph.edges(p.topic).every((key) => kg.graph.getEdgeAttribute(key, 'kind') === 'position'),
    )!;
    expect(position).toBeDefined();
    const without = await gql(kg, PATH, { from: position.holder, to: position.topic });
    expect(without.data.path).toBeNull();
    const withPositions = await gql(kg, PATH, { from: position.holder, to: position.topic, includePositions: true });
    expect(withPositions.errors).toBeUndefined();
    expect(withPositions.data.path.length).toBe(1);
    const links = withPositions.data.path.hops[0].links;
    expect(links.map((l: Json) => l.edge.kind as string)).toContain('POSITION');
    expect(links.some((l: Json) => l.edge.position?.id === position.id && l.direction === 'FORWARD')).toBe(true);
    expectWellFormed(kg, withPositions.data.path, position.holder, position.topic);
  });

  it('restricts the statements followed to the given predicates', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, PATH, { from: 'Kazakhstan', to: 'Board of Peace', predicates: ['member_of'] });
    expect(result.errors).toBeUndefined();
    expect(result.data.path.length).toBe(1);
    for (const link of result.data.path.hops[0].links) expect(link.edge.predicate.id).toBe('member_of');
  });

  it('rejects unknown entities with BAD_USER_INPUT / UNKNOWN_ENTITY naming the argument', async () => {
    const kg = await seedsGraph();
    const path = await gql(kg, PATH, { from: 'Atlantis', to: 'Putin' });
    expect(path.data).toEqual({ path: null });
    expect(path.errors?.map((e) => [e.message, e.extensions])).toEqual([
      [
        'from: no entity is named "Atlantis"',
        { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ENTITY', argument: 'from', value: 'Atlantis', suggestions: [] },
      ],
    ]);
    const paths = await gql(kg, PATHS, { from: 'Tokayev', to: 'Atlantis', limit: 3 });
    expect(paths.data).toBeNull();
    expect(paths.errors?.map((e) => e.extensions?.['argument'])).toEqual(['to']);
  });

  it('gives a path without hops from an entity to itself', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, PATH, { from: 'Tokaev', to: 'person:kassym-jomart-tokayev' });
    expect(result.data.path).toEqual({
      length: 0,
      nodes: [{ id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev' }],
      hops: [],
    });
  });

  it.each([
    [{ maxHops: 7 }, 'maxHops must be an integer from 1 to 6, got 7'],
    [{ maxHops: 0 }, 'maxHops must be an integer from 1 to 6, got 0'],
    [{ predicates: ['no_such_predicate'] }, 'predicates: "no_such_predicate" is not a predicate of the vocabulary'],
  ])('rejects %j with BAD_USER_INPUT', async (variables, message) => {
    const kg = await seedsGraph();
    const result = await gql(kg, PATH, { from: 'Tokayev', to: 'Putin', ...variables });
    expect(result.data).toEqual({ path: null });
    expect(result.errors?.[0]?.message).toBe(message);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('bounds paths with limit', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, '{ paths(from: "Tokayev", to: "Putin", limit: 101) { length } }');
    expect(result.errors?.[0]?.message).toBe('limit must be an integer from 1 to 100, got 101');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const one = await gql(kg, '{ paths(from: "Tokayev", to: "Putin", limit: 1) { length } }');
    expect(one.data.paths).toHaveLength(1);
  });
});
