import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.js';
import { queryApiGraph } from '../graph/query-api-fixture.js';

const kg = await queryApiGraph();

describe('relations with evidence', () => {
  it('lists the members of an organization with role, start and evidence', async () => {
    const result = await gql(
      kg,
      `{ entity(id: "NU") { ... on Organization {
           members { entity { id } label direction role start { value precision } sourceCount statements { id }
                     evidence { quote document { id } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.entity.members).toEqual([
      {
        entity: { id: 'country:xa' },
        label: 'has member',
        direction: 'IN',
        role: 'founding member',
        start: { value: '1992', precision: 'YEAR' },
        sourceCount: 2,
        statements: [{ id: 'statement:xa-member-of-union' }],
        evidence: [
          { quote: 'Alderia has been a founding member of the Northern Union since 1992', document: { id: 'document:union-report' } },
          { quote: 'Alderia has been a founding member of the Northern Union since 1992', document: { id: 'document:forum-notes' } },
        ],
      },
      {
        entity: { id: 'country:xb' },
        label: 'has member',
        direction: 'IN',
        role: 'founding member',
        start: { value: '--01-22', precision: 'MONTH_DAY' },
        sourceCount: 1,
        statements: [{ id: 'statement:xb-member-of-union' }],
        evidence: [
          { quote: 'Borduria became a founding member of the Northern Union on Jan. 22', document: { id: 'document:union-report' } },
        ],
      },
      {
        entity: { id: 'country:xc' },
        label: 'has member',
        direction: 'IN',
        role: 'observer',
        start: { value: '2024', precision: 'YEAR' },
        sourceCount: 1,
        statements: [{ id: 'statement:xc-member-of-union' }],
        evidence: [{ quote: 'Carpania joined the Northern Union as an observer in 2024', document: { id: 'document:union-report' } }],
      },
    ]);
  });

  it("gives a country's memberships, chairs, offices and relations, and a person's offices", async () => {
    const result = await gql(
      kg,
      `{ alderia: entity(id: "country:xa") { ... on Country {
           memberOf { entity { name } role } chairs { entity { name } pointInTime { value } }
           offices { entity { name } label } bilateralRelations { entity { name } label } } }
         ortiz: entity(id: "Ana Ortiz") { ... on Person { offices { entity { name } start { value } statements { id } } } }
         office: entity(id: "President of Alderia") { ... on Office { holders { entity { name } label } officeOf { entity { name } } } }
         summit: entity(id: "Lakeside Summit") { ... on Event { participants { entity { id } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      alderia: {
        memberOf: [{ entity: { name: 'Northern Union' }, role: 'founding member' }],
        chairs: [{ entity: { name: 'Northern Union' }, pointInTime: { value: '2024-07-05' } }],
        offices: [{ entity: { name: 'President of Alderia' }, label: 'has office' }],
        bilateralRelations: [{ entity: { name: 'Borduria' }, label: 'has bilateral relations with' }],
      },
      ortiz: {
        offices: [
          {
            entity: { name: 'President of Alderia' },
            start: { value: '1990s' },
            statements: [{ id: 'statement:ortiz-president' }, { id: 'statement:ortiz-president-again' }],
          },
        ],
      },
      office: { holders: [{ entity: { name: 'Ana Ortiz' }, label: 'office held by' }], officeOf: [{ entity: { name: 'Alderia' } }] },
      summit: { participants: [] },
    });
  });

  it('reads statements from the entity with the inverse label for IN, with counts and evidence sentences', async () => {
    const result = await gql(
      kg,
      `{ entity(id: "Borduria") { statementCount sourceCount
           relations { direction label other { name } statement { id sourceCount evidence { sentence } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.entity).toEqual({
      statementCount: 2,
      sourceCount: 2,
      relations: [
        {
          direction: 'IN',
          label: 'has bilateral relations with',
          other: { name: 'Alderia' },
          statement: {
            id: 'statement:xa-relation-with-xb',
            sourceCount: 2,
            evidence: [{ sentence: 'Alderia and Borduria are close partners.' }, { sentence: 'Alderia and Borduria are close partners.' }],
          },
        },
        {
          direction: 'OUT',
          label: 'member of',
          other: { name: 'Northern Union' },
          statement: {
            id: 'statement:xb-member-of-union',
            sourceCount: 1,
            evidence: [{ sentence: 'Borduria became a founding member of the Northern Union on Jan. 22.' }],
          },
        },
      ],
    });
  });

  it('shows the value of a literal-valued relation and its time', async () => {
    const result = await gql(
      kg,
      `{ entity(id: "Lakeside Summit") { relations { label other { id } value { ... on TimeValue { value precision } } statement { time { value } } } } }`,
    );
    expect(result.data.entity.relations).toEqual([
      { label: 'took place on', other: null, value: { value: '2025-03', precision: 'MONTH' }, statement: { time: { value: '2025-03' } } },
    ]);
  });
});

describe('misspelt predicates', () => {
  it('are BAD_USER_INPUT errors in statements(predicates:), relations(predicates:) and where.predicate, not empty answers', async () => {
    const kg = await queryApiGraph();
    const result = await gql(
      kg,
      `{ a: entity(id: "NU") { statements(predicates: ["memberof"]) { id } }
         b: entity(id: "NU") { relations(predicates: ["memberof"]) { label } }
         c: statements(where: { predicate: { eq: "memberof" } }) { totalCount } }`,
    );
    expect(result.errors?.map((e) => [e.path?.join('.'), e.extensions?.['code'], e.message])).toEqual([
      ['a.statements', 'BAD_USER_INPUT', 'predicates: "memberof" is not a predicate of the vocabulary'],
      ['b.relations', 'BAD_USER_INPUT', 'predicates: "memberof" is not a predicate of the vocabulary'],
      ['c', 'BAD_USER_INPUT', 'where.predicate.eq: "memberof" is not a predicate of the vocabulary'],
    ]);
  });
});
