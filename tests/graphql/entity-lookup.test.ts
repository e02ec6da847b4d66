import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.js';
import { miniGraph } from '../helpers/graphs.js';

describe('Query.entity', () => {
  it.each([
    ['person:kassym-jomart-tokayev', 'person:kassym-jomart-tokayev'],
    ['Tokaev', 'person:kassym-jomart-tokayev'],
    ['TOKAYEV', 'person:kassym-jomart-tokayev'],
    ['Council for Peace', 'organization:board-of-peace'],
    ['u.s.', 'country:us'],
  ])('resolves %s', async (id, expected) => {
    const result = await gql(await miniGraph(), 'query($id: String!) { entity(id: $id) { id __typename } }', { id });
    expect(result.errors).toBeUndefined();
    expect(result.data.entity.id).toBe(expected);
  });

  it('returns null for an unknown name', async () => {
    const result = await gql(await miniGraph(), '{ entity(id: "Atlantis") { id } }');
    expect(result.data).toEqual({ entity: null });
  });

  it('serves relations with evidence and offsets', async () => {
    const kg = await miniGraph();
    const result = await gql(
      kg,
      `{ entity(id: "Board of Peace") { ... on Organization { acronym }
          statements(direction: IN, predicates: ["member_of"]) { id subject { id } qualifiers { role start { value precision year } }
            evidence { quote exact start end document { id } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const statements = result.data.entity.statements;
    expect(statements.map((s: { id: string }) => s.id)).toEqual([
      'statement:kz-member-of-board-of-peace',
      'statement:sa-member-of-board-of-peace',
      'statement:tokayev-signed-charter',
    ]);
    const [first] = statements;
    expect(first.qualifiers).toEqual({ role: 'founding member', start: { value: '--01-22', precision: 'MONTH_DAY', year: null } });
    const evidence = first.evidence[0];
    const text = kg.documentById.get(evidence.document.id)!.text;
    expect(text.slice(evidence.start, evidence.end)).toBe('Kazakhstan became one of 19 founding countries');
    expect(result.extensions?.['dataset']).toEqual({ version: kg.dataset.version });
  });
});
