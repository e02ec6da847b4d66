import { describe, expect, it } from 'vitest';
import { gql, type Json } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

const EGO = `query($entity: String!, $depth: Int, $limit: Int, $edgeLimit: Int, $predicates: [String!]) {
  egoNetwork(entity: $entity, depth: $depth, limit: $limit, edgeLimit: $edgeLimit, predicates: $predicates) {
    center { id }
    depth
    truncated
    edgesTruncated
    nodes { distance entity { id } }
    edges { id kind source { id } target { id } statement { id } evidence { quote start end document { id } } }
  }
}`;

describe('Query.egoNetwork', () => {
  it('returns the neighbourhood of Kazakhstan with every edge and its evidence', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, EGO, { entity: 'Kazakhstan', limit: 500 });
    expect(result.errors).toBeUndefined();
    const ego = result.data.egoNetwork;
    expect(ego.center.id).toBe('country:kz');
    expect(ego.truncated).toBe(false);
    expect(ego.edgesTruncated).toBe(false);
    expect(ego.nodes[0]).toEqual({ distance: 0, entity: { id: 'country:kz' } });
    const ids = new Set(ego.nodes.map((n: Json) => n.entity.id as string));
    expect(ids.has('organization:board-of-peace')).toBe(true);
    expect(ego.nodes.slice(1).every((n: Json) => n.distance === 1)).toBe(true);
    expect(ego.edges.length).toBeGreaterThanOrEqual(ego.nodes.length - 1);
    for (const edge of ego.edges) {
      expect(ids.has(edge.source.id) && ids.has(edge.target.id)).toBe(true);
      expect(edge.kind).toBe('STATEMENT');
      expect(edge.statement.id).toBe(edge.id);
      for (const e of edge.evidence) expect(kg.documentById.get(e.document.id)!.text.slice(e.start, e.end)).toBeTruthy();
    }
    // Every statement between Kazakhstan and a neighbour is an edge.
    const kzStatements = kg.dataset.statements.filter(
      (s) => s.object !== null && (s.subject === 'country:kz' || s.object === 'country:kz'),
    );
    const edgeIds = new Set(ego.edges.map((e: Json) => e.id as string));
    for (const s of kzStatements) expect(edgeIds.has(s.id)).toBe(true);
  });

  it('is bounded by limit, with truncated set', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, EGO, { entity: 'Kazakhstan', depth: 2, limit: 5 });
    expect(result.errors).toBeUndefined();
    expect(result.data.egoNetwork.nodes).toHaveLength(5);
    expect(result.data.egoNetwork.truncated).toBe(true);
  });

  it('is bounded by edgeLimit, with edgesTruncated set, and rejects one beyond 5000', async () => {
    const kg = await seedsGraph();
    const all = await gql(kg, EGO, { entity: 'Kazakhstan', depth: 2, limit: 500 });
    const total = all.data.egoNetwork.edges.length as number;
    expect(total).toBeGreaterThan(10);
    const capped = await gql(kg, EGO, { entity: 'Kazakhstan', depth: 2, limit: 500, edgeLimit: 10 });
    expect(capped.errors).toBeUndefined();
    expect(capped.data.egoNetwork.edges).toHaveLength(10);
    expect(capped.data.egoNetwork.edgesTruncated).toBe(true);
    expect(capped.data.egoNetwork.nodes).toEqual(all.data.egoNetwork.nodes);
    const exact = await gql(kg, EGO, { entity: 'Kazakhstan', depth: 2, limit: 500, edgeLimit: total });
    expect(exact.data.egoNetwork.edgesTruncated).toBe(false);
    const tooMany = await gql(kg, EGO, { entity: 'Kazakhstan', edgeLimit: 5001 });
    expect(tooMany.errors?.[0]?.message).toBe('edgeLimit must be an integer from 1 to 5000, got 5001');
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('follows only the given predicates', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, EGO, { entity: 'Board of Peace', predicates: ['member_of'] });
    const ids = result.data.egoNetwork.nodes.map((n: Json) => n.entity.id as string);
    expect(ids).toContain('country:sa');
    expect(ids).toContain('country:kz');
    for (const edge of result.data.egoNetwork.edges) expect(kg.statementById.get(edge.id)?.predicate).toBe('member_of');
  });

  it('is null for an unknown entity and rejects depth beyond 3', async () => {
    const kg = await seedsGraph();
    expect((await gql(kg, EGO, { entity: 'Atlantis' })).data).toEqual({ egoNetwork: null });
    const tooDeep = await gql(kg, EGO, { entity: 'Kazakhstan', depth: 4 });
    expect(tooDeep.errors?.[0]?.message).toBe('depth must be an integer from 1 to 3, got 4');
    expect(tooDeep.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('Query.coMembers and Query.commonNeighbours', () => {
  it('lists Saudi Arabia among Kazakhstan’s fellow members of the Board of Peace, with both statements', async () => {
    const kg = await seedsGraph();
    const result = await gql(
      kg,
      `{ coMembers(entity: "Kazakhstan", object: "Council for Peace") {
          entity { id name }
          shared { object { id } statements { subject { id } predicate { id } object { id } evidence { quote } } }
        } }`,
    );
    expect(result.errors).toBeUndefined();
    const saudi = result.data.coMembers.find((m: Json) => m.entity.id === 'country:sa');
    expect(saudi?.entity.name).toBe('Saudi Arabia');
    expect(saudi.shared).toHaveLength(1);
    expect(saudi.shared[0].object.id).toBe('organization:board-of-peace');
    const subjects = saudi.shared[0].statements.map((s: Json) => s.subject.id as string);
    expect(subjects).toContain('country:kz');
    expect(subjects).toContain('country:sa');
    for (const s of saudi.shared[0].statements) {
      expect(s.predicate.id).toBe('member_of');
      expect(s.object.id).toBe('organization:board-of-peace');
    }
    for (const m of result.data.coMembers)
      expect(m.shared.map((x: Json) => x.object.id as string)).toEqual(['organization:board-of-peace']);
  });

  it('rejects an unknown predicate', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, '{ coMembers(entity: "Kazakhstan", predicate: "membr_of") { entity { id } } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('finds the entities linked to both Kazakhstan and Saudi Arabia', async () => {
    const kg = await seedsGraph();
    const result = await gql(
      kg,
      '{ commonNeighbours(a: "Kazakhstan", b: "Saudi Arabia") { entity { id } edgesToA { source { id } target { id } } edgesToB { source { id } target { id } } } }',
    );
    expect(result.errors).toBeUndefined();
    const found = result.data.commonNeighbours;
    expect(found.map((n: Json) => n.entity.id as string)).toContain('organization:board-of-peace');
    for (const n of found) {
      for (const e of n.edgesToA) expect([e.source.id, e.target.id].sort()).toEqual([n.entity.id, 'country:kz'].sort());
      for (const e of n.edgesToB) expect([e.source.id, e.target.id].sort()).toEqual([n.entity.id, 'country:sa'].sort());
    }
  });
});
