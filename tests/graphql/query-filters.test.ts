import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.js';
import { queryApiGraph } from '../graph/query-api-fixture.js';

const kg = await queryApiGraph();
const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id);

describe('where and sort through the schema', () => {
  it('filters countries with AND / OR / NOT and relationship filters', async () => {
    const result = await gql(
      kg,
      `{ founding: countries(where: { memberOf: { some: { entity: { is: "Northern Union" }, role: { eq: "founding member" } } } }) { nodes { id } }
         either: countries(where: { OR: [{ name: { startsWith: "al" } }, { name: { contains: "URIA" } }] }) { nodes { id } }
         notMembers: countries(where: { NOT: { memberOf: { some: { entity: { is: "NU" } } } } }) { nodes { id } }
         both: countries(where: { AND: [{ memberOf: { some: { entity: { is: "NU" } } } }, { NOT: { subjectOf: { some: { predicate: { eq: "chairs" } } } } }] }) { nodes { id } }
         viaStatements: countries(where: { statements: { some: { predicate: { eq: "member_of" }, object: { id: { eq: "organization:northern-union" } } } } }) { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(ids(result.data.founding.nodes)).toEqual(['country:xa', 'country:xb']);
    expect(ids(result.data.either.nodes)).toEqual(['country:xa', 'country:xb']);
    expect(ids(result.data.notMembers.nodes)).toEqual(['country:xd']);
    expect(ids(result.data.both.nodes)).toEqual(['country:xb', 'country:xc']);
    expect(result.data.viaStatements.totalCount).toBe(3);
  });

  it('filters statements by date range respecting precision (YEAR 2024 overlaps 2024-06..2024-07; --01-22 never matches)', async () => {
    const result = await gql(
      kg,
      `{ overlaps: statements(where: { time: { from: "2024-06", to: "2024-07" } }) { nodes { id time { value precision } } }
         within: statements(where: { time: { from: "2024-06", to: "2024-07", match: WITHIN } }) { nodes { id } }
         yearless: statements(where: { time: { yearKnown: false } }) { nodes { id time { value precision earliest } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.overlaps.nodes).toEqual([
      { id: 'statement:xc-member-of-union', time: { value: '2024', precision: 'YEAR' } },
      { id: 'statement:xd-member-of-forum', time: { value: '2024-06', precision: 'MONTH' } },
      { id: 'statement:xa-chairs-union', time: { value: '2024-07-05', precision: 'DAY' } },
    ]);
    expect(ids(result.data.within.nodes)).toEqual(['statement:xd-member-of-forum', 'statement:xa-chairs-union']);
    expect(result.data.yearless.nodes).toEqual([
      { id: 'statement:xb-member-of-union', time: { value: '--01-22', precision: 'MONTH_DAY', earliest: null } },
    ]);
  });

  it('filters positions by holder, topic or about, stance and date, and sorts by source count', async () => {
    const result = await gql(
      kg,
      `{ positions(where: { holder: { is: "ana ortiz" }, OR: [{ concerns: { is: "Borduria" } }, { stance: { eq: ASSESSES } }] }, sort: [{ sourceCount: ASC }]) {
           totalCount nodes { id sourceCount stance } }
         dated: positions(where: { date: { from: "2024", to: "2024" } }) { nodes { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.positions).toEqual({
      totalCount: 2,
      nodes: [
        { id: 'position:ortiz-union-delays', sourceCount: 1, stance: 'ASSESSES' },
        { id: 'position:ortiz-water-sharing', sourceCount: 2, stance: 'SUPPORTS' },
      ],
    });
    expect(ids(result.data.dated.nodes)).toEqual(['position:ortiz-water-sharing']);
  });

  it("filters and sorts an entity's own statements and positions", async () => {
    const result = await gql(
      kg,
      `{ entity(id: "Alderia") {
           statements(where: { sourceCount: { eq: 2 } }, sort: [{ predicate: DESC }]) { id predicate { id } }
           positionsAbout(where: { stance: { eq: HOPES } }) { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.entity).toEqual({
      statements: [
        { id: 'statement:xa-relation-with-xb', predicate: { id: 'relation_with' } },
        { id: 'statement:xa-member-of-union', predicate: { id: 'member_of' } },
      ],
      positionsAbout: [{ id: 'position:kim-water-sharing' }],
    });
  });

  it('filters documents', async () => {
    const result = await gql(kg, '{ documents(where: { mentions: { some: { is: "Ben Kim" } } }) { id } }');
    expect(result.data.documents).toEqual([{ id: 'document:forum-notes' }]);
  });

  it.each([
    [
      'a malformed date',
      '{ statements(where: { time: { from: "2024-13" } }) { totalCount } }',
      'where.time.from: invalid date "2024-13": month 13 is out of range',
    ],
    [
      'a year-less range bound',
      '{ positions(where: { date: { to: "--02-18" } }) { totalCount } }',
      'where.date.to: "--02-18" has no year; a range bound needs YYYY, YYYY-MM, YYYY-MM-DD or YYY0s',
    ],
    [
      'a reversed range',
      '{ countries(where: { memberOf: { some: { start: { from: "2025", to: "2024" } } } }) { totalCount } }',
      'where.memberOf.some.start: from (2025) is after to (2024)',
    ],
  ])('rejects %s with BAD_USER_INPUT', async (_name, query, message) => {
    const result = await gql(kg, query);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(message);
  });

  it('rejects a sort key with two fields (sort inputs are @oneOf)', async () => {
    const result = await gql(kg, '{ entities(sort: [{ name: ASC, id: DESC }]) { totalCount } }');
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toContain('must specify exactly one key');
  });
});
