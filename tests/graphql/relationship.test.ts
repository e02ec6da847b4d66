import { describe, expect, it } from 'vitest';
import { relationship } from '../../src/graph/relationship.js';
import { gql } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

const QUERY = `query ($a: String!, $b: String!) {
  relationship(a: $a, b: $b) {
    a { id } b { id } statementCount positionCount
    byPredicate { predicate { id } direction label count sourceCount statements { id evidence { quote } } }
    byTopic { topic { id } count sourceCount positions { id holder { id } onBehalfOf { id } stance } }
    documents { document { id } statementCount positionCount evidenceCount }
    timeSpan { earliest { value precision } latest { value precision } datedCount yearUnknownCount undatedCount }
  }
}`;

describe('Query.relationship', () => {
  it('answers "what do the sources say about Kazakhstan and China?" in one query', async () => {
    const kg = await seedsGraph();
    const { data, errors } = await gql(kg, QUERY, { a: 'Kazakhstan', b: 'China' });
    expect(errors).toBeUndefined();
    const r = data.relationship;
    expect([r.a.id, r.b.id, r.statementCount, r.positionCount]).toEqual(['country:kz', 'country:cn', 6, 5]);
    expect(
      r.byPredicate.map((g: { predicate: { id: string }; direction: string; label: string; count: number }) => [
        g.predicate.id,
        g.direction,
        g.label,
        g.count,
      ]),
    ).toEqual([
      ['negotiates_with_party', 'QUALIFIER', 'negotiates with (unnamed party)', 1],
      ['strategic_partner_of', 'OUT', 'strategic partner of', 1],
      ['relation_with', 'BOTH', 'has bilateral relations with', 1],
      ['cooperates_with', 'BOTH', 'cooperates with', 1],
      ['trading_partner_of', 'IN', 'has trading partner', 1],
      ['investor_in', 'IN', 'receives investment from', 1],
    ]);
    expect(r.byPredicate[4].statements).toEqual([
      { id: 'statement:cn-main-trading-partner-of-kz', evidence: [{ quote: expect.any(String) }] },
    ]);
    // Tokayev's positions count for Kazakhstan: he holds them on its behalf.
    expect(r.byTopic.map((g: { topic: { id: string }; count: number }) => [g.topic.id, g.count])).toEqual([
      ['project:kazakhstan-nuclear-power-plant', 1],
      ['topic:kazakh-chinese-relations', 3],
      ['event:xi-jinping-visit-kazakhstan-2025', 1],
    ]);
    expect(r.byTopic[1].positions[0]).toEqual({
      id: 'position:tokayev-china-partnership-serves-kz-interests',
      holder: { id: 'person:kassym-jomart-tokayev' },
      onBehalfOf: { id: 'country:kz' },
      stance: 'ASSESSES',
    });
    expect(r.documents).toEqual([
      { document: { id: 'document:nca-ana-tili-interview' }, statementCount: 6, positionCount: 5, evidenceCount: 11 },
    ]);
    expect(r.timeSpan).toEqual({ earliest: null, latest: null, datedCount: 0, yearUnknownCount: 0, undatedCount: 11 });
  });

  it('reads directions from a, and spans the dated items', async () => {
    const kg = await seedsGraph();
    const { data } = await gql(kg, QUERY, { a: 'Tokaev', b: 'Kazakhstan' });
    const putin = (await gql(kg, QUERY, { a: 'Kazakhstan', b: 'Putin' })).data.relationship;
    expect(
      putin.byPredicate.map((g: { predicate: { id: string }; direction: string; label: string }) => [g.predicate.id, g.direction, g.label]),
    ).toEqual([
      ['visit_count', 'QUALIFIER', 'number of visits'],
      ['visited', 'IN', 'visited by'],
    ]);
    expect(putin.timeSpan).toEqual({
      earliest: { value: '2024-11', precision: 'MONTH' },
      latest: { value: '2024-11', precision: 'MONTH' },
      datedCount: 1,
      yearUnknownCount: 0,
      undatedCount: 2,
    });
    const pakistan = (await gql(kg, QUERY, { a: 'Kazakhstan', b: 'Pakistan' })).data.relationship;
    expect([pakistan.statementCount, pakistan.positionCount, pakistan.timeSpan.earliest]).toEqual([
      3,
      10,
      { value: '1992', precision: 'YEAR' },
    ]);
    expect(data.relationship.a.id).toBe('person:kassym-jomart-tokayev');
  });

  it('is the graph function behind the field, the same both ways round', async () => {
    const kg = await seedsGraph();
    const ab = relationship(kg, 'Kazakhstan', 'China');
    const ba = relationship(kg, 'China', 'Kazakhstan');
    expect(ba.statements).toEqual(ab.statements);
    expect(ba.positions).toEqual(ab.positions);
    expect(ba.byPredicate.map((g) => g.direction)).toEqual(['QUALIFIER', 'IN', 'BOTH', 'BOTH', 'OUT', 'OUT']);
  });

  it('rejects an unknown entity (UNKNOWN_ENTITY, naming a or b) and the same entity twice', async () => {
    const kg = await seedsGraph();
    const unknown = await gql(kg, QUERY, { a: 'Kazakhstan', b: 'Chyna' });
    expect(unknown.errors?.map((e) => [e.extensions?.['reason'], e.extensions?.['argument'], e.message])).toEqual([
      [
        'UNKNOWN_ENTITY',
        'b',
        'b: no entity is named "Chyna" — did you mean China (country:cn), Kazakh–Chinese talks in China ("this fall") (event:kazakhstan-china-talks-in-china-2025) or Central Asia–China summit (event:central-asia-china-summit-2025)?',
      ],
    ]);
    const same = await gql(kg, QUERY, { a: 'Kazakhstan', b: 'country:kz' });
    expect(same.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
      ['BAD_USER_INPUT', 'a and b name the same entity (country:kz): a relationship needs two'],
    ]);
  });
});
