/**
 * Uses the typed results of every named operation the way a caller would, so `tsc` (part of
 * `npm test`) fails when an operation, the schema or the generated types drift apart. The
 * `@ts-expect-error` lines prove the types are strict: if a result or variables type decayed to
 * `any`, those lines would stop being errors and tsc would fail on the unused directive.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createInProcessClient, operations, type DiplomacyGraphClient } from '../../src/client/index.js';
import { egoNetwork } from '../../src/graph/ego-network.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { search } from '../../src/graph/search.js';
import { shortestPath } from '../../src/graph/shortest-paths.js';
import { seedsGraph } from '../helpers/graphs.js';

let kg: KnowledgeGraph;
let client: DiplomacyGraphClient;

beforeAll(async () => {
  kg = await seedsGraph();
  client = createInProcessClient(kg);
});

describe('typed operations', () => {
  it('EntityByAlias: a discriminated union of entity types', async () => {
    const { entity } = await client.request(operations.EntityByAliasDocument, { alias: 'Kazakhstan' });
    if (entity === null) throw new Error('Kazakhstan did not resolve');
    const kind: operations.EntityKind = entity.kind;
    const typename:
      | 'Agreement'
      | 'Company'
      | 'Country'
      | 'Event'
      | 'Office'
      | 'Organization'
      | 'Outlet'
      | 'Person'
      | 'Place'
      | 'Project'
      | 'Region'
      | 'Territory'
      | 'Topic'
      | 'Work' = entity.__typename;
    const attributes: ReadonlyArray<{ readonly key: string; readonly value: string }> = entity.attributes;
    expect({ id: entity.id, kind, typename }).toEqual({ id: 'country:kz', kind: 'COUNTRY', typename: 'Country' });
    expect(attributes).toEqual([{ key: 'iso2', value: 'KZ' }]);
    // @ts-expect-error `alias` is required
    await expect(client.request(operations.EntityByAliasDocument, {})).rejects.toThrow();
    // @ts-expect-error `alias` is a string
    await expect(client.request(operations.EntityByAliasDocument, { alias: 42 })).rejects.toThrow();
    // @ts-expect-error `statements` is not selected by EntityByAlias
    expect(entity.statements).toBeUndefined();
  });

  it('EntityRelations: statements with predicate, object or value, qualifiers and evidence', async () => {
    const data = await client.request(operations.EntityRelationsDocument, {
      alias: 'country:kz',
      direction: 'OUT',
      predicates: ['member_of'],
    });
    const statements = data.entity?.statements ?? [];
    const expected = (kg.statementsBySubject.get('country:kz') ?? []).filter((s) => s.predicate === 'member_of');
    expect(statements.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    for (const s of statements) {
      const predicate: string = s.predicate.id;
      const objectName: string | undefined = s.object?.name;
      const areas: readonly string[] = s.qualifiers.areas;
      const quotes: string[] = s.evidence.map((e) => `${e.document.id}@${e.start}-${e.end}: ${e.quote}`);
      expect(predicate).toBe('member_of');
      expect(objectName).toBe(kg.entityById.get(kg.statementById.get(s.id)!.object!)!.name);
      expect(areas).toEqual(kg.statementById.get(s.id)!.qualifiers.areas);
      expect(quotes.length).toBe(kg.statementById.get(s.id)!.evidence.length);
    }
    // @ts-expect-error direction is an enum of UPPER_CASE literals
    await expect(client.request(operations.EntityRelationsDocument, { alias: 'kz', direction: 'out' })).rejects.toThrow();
  });

  it('StatementById: a literal value narrows by __typename', async () => {
    const literal = kg.dataset.statements.find((s) => s.value?.type === 'quantity')!;
    const { statement } = await client.request(operations.StatementByIdDocument, { id: literal.id });
    const value = statement?.value;
    if (value?.__typename !== 'Quantity') throw new Error('expected a quantity');
    const amount: number = value.amount;
    const comparator: operations.Comparator = value.comparator;
    expect({ amount, unit: value.unit, comparator }).toEqual({
      amount: literal.value?.type === 'quantity' ? literal.value.amount : NaN,
      unit: literal.value?.type === 'quantity' ? literal.value.unit : '',
      comparator: literal.value?.type === 'quantity' ? literal.value.comparator.toUpperCase() : '',
    });
    // @ts-expect-error `text` belongs to StringValue, not Quantity
    expect(value.text).toBeUndefined();
  });

  it('EntityPositions and PositionById: stance, polarity, speech as enums', async () => {
    const data = await client.request(operations.EntityPositionsDocument, { alias: 'Tokayev' });
    const positions = data.entity?.positions ?? [];
    const holder = 'person:kassym-jomart-tokayev';
    expect(positions.map((p) => p.id)).toEqual((kg.positionsByHolder.get(holder) ?? []).map((p) => p.id));
    const first = positions[0]!;
    const stance: operations.Stance = first.stance;
    const polarity: operations.Polarity = first.polarity;
    const speech: operations.Speech = first.speech;
    const { position } = await client.request(operations.PositionByIdDocument, { id: first.id });
    expect(position).toEqual(first);
    const model = kg.positionById.get(first.id)!;
    expect([stance, polarity, speech]).toEqual([model.stance.toUpperCase(), model.polarity.toUpperCase(), model.speech.toUpperCase()]);
  });

  it('Documents, DocumentById and DatasetInfo', async () => {
    const { documents } = await client.request(operations.DocumentsDocument);
    expect(documents.map((d) => d.id)).toEqual(kg.dataset.documents.map((d) => d.id));
    const { document } = await client.request(operations.DocumentByIdDocument, { id: documents[0]!.id });
    const text: string | undefined = document?.text;
    expect(text).toBe(kg.dataset.documents[0]!.text);
    // @ts-expect-error Documents does not select the text
    expect(documents[0]!.text).toBeUndefined();
    const { dataset } = await client.request(operations.DatasetInfoDocument);
    const counts: number[] = [
      dataset.entityCount,
      dataset.statementCount,
      dataset.positionCount,
      dataset.documentCount,
      dataset.mentionCount,
    ];
    expect(counts).toEqual([
      kg.dataset.entities.length,
      kg.dataset.statements.length,
      kg.dataset.positions.length,
      kg.dataset.documents.length,
      kg.dataset.mentions.length,
    ]);
  });

  it('Entities and EntityMentions: pages and mentions', async () => {
    const page = await client.request(operations.EntitiesDocument, { kind: 'PERSON', first: 2 });
    const next: string | null = page.entities.pageInfo.endCursor;
    expect(page.entities.totalCount).toBe(kg.entitiesByKind.get('person')!.length);
    const rest = await client.request(operations.EntitiesDocument, { kind: 'PERSON', first: 100, after: next });
    expect([...page.entities.nodes, ...rest.entities.nodes].map((n) => n.id)).toEqual(kg.entitiesByKind.get('person')!.map((e) => e.id));
    const mentions = await client.request(operations.EntityMentionsDocument, { alias: 'Tokayev' });
    const offsets: Array<[string, number, number]> = (mentions.entity?.mentions ?? []).map((m) => [m.document.id, m.start, m.end]);
    expect(offsets).toEqual((kg.mentionsByEntity.get('person:kassym-jomart-tokayev') ?? []).map((m) => [m.document, m.start, m.end]));
  });

  it('Statements: where filters, typed by the input types', async () => {
    const members = await client.request(operations.StatementsDocument, {
      where: { predicate: { eq: 'member_of' }, object: { is: 'Board of Peace' } },
      first: 100,
    });
    const expected = kg.dataset.statements.filter((s) => s.predicate === 'member_of' && s.object === 'organization:board-of-peace');
    expect(members.statements.totalCount).toBe(expected.length);
    expect(members.statements.nodes.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
  });

  it('Positions: where filters on holder and stance', async () => {
    const supports = await client.request(operations.PositionsDocument, {
      where: { holder: { is: 'Tokayev' }, stance: { eq: 'SUPPORTS' } },
      first: 100,
    });
    const held = (kg.positionsByHolder.get('person:kassym-jomart-tokayev') ?? []).filter((p) => p.stance === 'supports');
    expect(supports.positions.nodes.map((p) => p.id).sort()).toEqual(held.map((p) => p.id).sort());
    const stance: operations.Stance | undefined = supports.positions.nodes[0]?.stance;
    expect(stance).toBe('SUPPORTS');
    // @ts-expect-error stance filters take Stance enum values
    await expect(client.request(operations.PositionsDocument, { where: { stance: { eq: 'supports' } } })).rejects.toThrow();
  });

  it('ShortestPath, EgoNetwork: graph questions with evidence on every edge', async () => {
    const { path } = await client.request(operations.ShortestPathDocument, { from: 'Kazakhstan', to: 'Board of Peace' });
    const expected = shortestPath(kg, 'country:kz', 'organization:board-of-peace')!;
    expect(path?.nodes.map((n) => n.id)).toEqual(expected.nodes);
    expect(path?.length).toBe(expected.hops.length);
    for (const hop of path?.hops ?? []) {
      for (const link of hop.links) {
        const kind: operations.GraphEdgeKind = link.edge.kind;
        expect(kind).toBe('STATEMENT');
        expect(link.edge.evidence.length).toBeGreaterThan(0);
      }
    }
    const ego = await client.request(operations.EgoNetworkDocument, { entity: 'Tokayev', includePositions: true, limit: 30 });
    const reference = egoNetwork(kg, 'Tokayev', { includePositions: true, limit: 30 });
    expect(ego.egoNetwork?.nodes.map((n) => [n.entity.id, n.distance])).toEqual(reference.nodes.map((n) => [n.id, n.distance]));
    expect(ego.egoNetwork?.edges.map((e) => e.id).sort()).toEqual(reference.edges.map((e) => e.key).sort());
  });

  it('Timeline, Provenance and Search: interface results narrow by __typename', async () => {
    const { timeline } = await client.request(operations.TimelineDocument, { entity: 'Tokayev' });
    for (const item of timeline?.items ?? []) {
      if (item.__typename === 'StatementTimelineItem') expect(kg.statementById.has(item.statement.id)).toBe(true);
      else expect(kg.positionById.has(item.position.id)).toBe(true);
    }
    const statement = kg.dataset.statements.find((s) => new Set(s.evidence.map((e) => e.document)).size > 1)!;
    const { provenance } = await client.request(operations.ProvenanceDocument, { id: statement.id });
    expect([provenance?.sourceCount, provenance?.singleSource]).toEqual([new Set(statement.evidence.map((e) => e.document)).size, false]);
    const { search: hits } = await client.request(operations.SearchDocument, { query: 'tungsten', first: 5 });
    expect(hits.map((h) => h.__typename.replace('Hit', '').toLowerCase())).toEqual(search(kg, 'tungsten', { first: 5 }).map((h) => h.type));
    const ids = hits.map((h) =>
      h.__typename === 'EntityHit'
        ? h.entity.id
        : h.__typename === 'StatementHit'
          ? h.statement.id
          : h.__typename === 'PositionHit'
            ? h.position.id
            : h.document.id,
    );
    expect(ids).toEqual(search(kg, 'tungsten', { first: 5 }).map((h) => h.id));
  });

  it('Relationship, PositionCounts, StatementCounts, DatedEntities and Memberships: one query per common question', async () => {
    const { relationship } = await client.request(operations.RelationshipDocument, { a: 'Kazakhstan', b: 'China' });
    const direction: operations.RelationshipDirection = relationship.byPredicate[0]!.direction;
    expect([relationship.statementCount, relationship.positionCount, direction]).toEqual([6, 5, 'QUALIFIER']);
    expect(relationship.timeSpan.undatedCount).toBe(11);
    const { positions } = await client.request(operations.PositionCountsDocument, {
      where: { holder: { is: 'Tokayev' } },
      by: 'STANCE',
      limit: 2,
    });
    expect(positions.aggregate.groupBy.map((g) => [g.key, g.count])).toEqual([
      ['ASSESSES', 69],
      ['SUPPORTS', 35],
    ]);
    // @ts-expect-error `by` is a PositionGroupBy
    await expect(client.request(operations.PositionCountsDocument, { by: 'NOPE' })).rejects.toThrow();
    const { statements } = await client.request(operations.StatementCountsDocument, { by: 'PREDICATE', limit: 1 });
    expect(statements.aggregate.groupBy).toEqual([{ key: 'about', label: 'is about', count: 34, entity: null, document: null }]);
    const { entities } = await client.request(operations.DatedEntitiesDocument, { kind: 'EVENT', from: '2025' });
    const source: operations.EntityTimeSource | undefined = entities.nodes[0]?.time?.source;
    expect([entities.totalCount, source]).toEqual([4, 'POINT_IN_TIME']);
    const { entity } = await client.request(operations.MembershipsDocument, {
      alias: 'Board of Peace',
      direction: 'IN',
      predicates: ['member_of'],
    });
    expect(entity?.memberships.map((m) => m.entity.id)).toEqual(['country:kz', 'country:sa', 'country:tr', 'country:am', 'country:az']);
  });
});
