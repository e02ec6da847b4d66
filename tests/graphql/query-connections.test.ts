import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.js';
import { miniGraph, seedsGraph } from '../helpers/graphs.js';
import { queryApiGraph } from '../graph/query-api-fixture.js';

const kg = await queryApiGraph();

const STATEMENTS = `query($first: Int, $after: String, $last: Int, $before: String) {
  statements(first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { id } } nodes { id }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

interface StatementPage {
  readonly totalCount: number;
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: { readonly id: string } }>;
  readonly nodes: Array<{ id: string }>;
  readonly pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

async function statements(variables: Record<string, unknown>): Promise<StatementPage> {
  const result = await gql(kg, STATEMENTS, variables);
  expect(result.errors).toBeUndefined();
  return result.data.statements as StatementPage;
}

const short = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id.replace('statement:', ''));

describe('connections', () => {
  it('pages through all statements with stable cursors and the total on every page', async () => {
    const pages: StatementPage[] = [];
    let after: string | null = null;
    do {
      const page = await statements({ first: 4, after });
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);

    expect(pages.map((p) => short(p.nodes))).toEqual([
      ['xa-member-of-union', 'xb-member-of-union', 'xc-member-of-union', 'xd-member-of-forum'],
      ['xa-chairs-union', 'ortiz-president', 'ortiz-president-again', 'president-office-of-xa'],
      ['summit-date', 'xa-relation-with-xb'],
    ]);
    expect(pages.map((p) => p.totalCount)).toEqual([10, 10, 10]);
    expect(pages.map((p) => [p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
    // The same item has the same cursor whatever page it is fetched in.
    const all = await statements({ first: 10 });
    expect(all.edges).toEqual(pages.flatMap((p) => p.edges));
    expect(pages[1]!.pageInfo.startCursor).toBe(all.edges[4]!.cursor);
  });

  it('pages backwards with last and before', async () => {
    const tail = await statements({ last: 3 });
    expect(short(tail.nodes)).toEqual(['president-office-of-xa', 'summit-date', 'xa-relation-with-xb']);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await statements({ last: 3, before: tail.pageInfo.startCursor });
    expect(short(before.nodes)).toEqual(['xa-chairs-union', 'ortiz-president', 'ortiz-president-again']);
    expect(before.totalCount).toBe(10);
  });

  it('gives typed connections per kind, filtered and sorted, with the filtered total', async () => {
    const result = await gql(
      kg,
      `{ countries(where: { memberOf: { some: { entity: { is: "NU" } } } }, sort: [{ name: DESC }], first: 2) {
           totalCount nodes { iso2 } pageInfo { hasNextPage } }
         people(sort: [{ positionCount: DESC }]) { totalCount nodes { name } }
         organizations { nodes { acronym } }
         events { nodes { id } }
         topics { totalCount }
         documentsConnection(sort: [{ published: DESC }]) { totalCount nodes { id } }
         positions(first: 1, sort: [{ sourceCount: DESC }]) { totalCount nodes { id sourceCount } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      countries: { totalCount: 3, nodes: [{ iso2: 'XC' }, { iso2: 'XB' }], pageInfo: { hasNextPage: true } },
      people: { totalCount: 2, nodes: [{ name: 'Ana Ortiz' }, { name: 'Ben Kim' }] },
      organizations: { nodes: [{ acronym: 'NU' }, { acronym: null }] },
      events: { nodes: [{ id: 'event:lakeside-summit' }] },
      topics: { totalCount: 1 },
      documentsConnection: { totalCount: 2, nodes: [{ id: 'document:union-report' }, { id: 'document:forum-notes' }] },
      positions: { totalCount: 3, nodes: [{ id: 'position:ortiz-water-sharing', sourceCount: 2 }] },
    });
  });

  it('keeps entities(kind, first, after) working', async () => {
    const mini = await miniGraph();
    const first = await gql(mini, '{ entities(kind: COUNTRY, first: 2) { totalCount nodes { id } pageInfo { endCursor } } }');
    const after = first.data.entities.pageInfo.endCursor;
    const second = await gql(mini, 'query($after: String) { entities(kind: COUNTRY, first: 2, after: $after) { nodes { id } } }', {
      after,
    });
    expect(first.data.entities.totalCount).toBe(4);
    expect([...first.data.entities.nodes, ...second.data.entities.nodes].map((n: { id: string }) => n.id)).toEqual([
      'country:kz',
      'country:us',
      'country:sa',
      'country:il',
    ]);
  });

  it('caps the page size at 100 whatever first asks for', async () => {
    const seeds = await seedsGraph();
    expect(seeds.dataset.entities.length).toBeGreaterThan(100);
    const result = await gql(seeds, '{ entities(first: 150) { totalCount nodes { id } pageInfo { hasNextPage } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.entities.nodes).toHaveLength(100);
    expect(result.data.entities.totalCount).toBe(seeds.dataset.entities.length);
    expect(result.data.entities.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['a negative first', '{ statements(first: -1) { totalCount } }', 'first must be a non-negative integer, got -1'],
    ['both first and last', '{ statements(first: 1, last: 1) { totalCount } }', 'pass first or last, not both'],
    ['a malformed cursor', '{ statements(after: "%%%") { totalCount } }', 'after: "%%%" is not a cursor'],
  ])('rejects %s with BAD_USER_INPUT', async (_name, query, message) => {
    const result = await gql(kg, query);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(message);
  });

  it('rejects a cursor from another list', async () => {
    const page = await statements({ first: 5 });
    const cursor = page.pageInfo.endCursor;
    const other = await gql(kg, 'query($after: String) { positions(after: $after) { totalCount } }', { after: cursor });
    expect(other.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0]?.message).toContain('does not belong to this list');
    const filtered = await gql(kg, 'query($after: String) { statements(after: $after, where: { hasObject: false }) { totalCount } }', {
      after: cursor,
    });
    expect(filtered.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
