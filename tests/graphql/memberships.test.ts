import { describe, expect, it } from 'vitest';
import { MEMBERSHIP_PREDICATES } from '../../src/graph/memberships.js';
import { gql } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

type Entry = { entity: { id: string }; predicate: { id: string }; direction: string; role: string | null };
const brief = (entries: Entry[]): string[] => entries.map((r) => [r.direction, r.predicate.id, r.entity.id, r.role ?? '-'].join(' '));

describe('grouped membership-like relations', () => {
  it('lists every membership-like relation of an entity with its predicate, in dataset order', async () => {
    const kg = await seedsGraph();
    const { data, errors } = await gql(
      kg,
      '{ entity(id: "Kazakhstan") { memberships { entity { id } predicate { id } direction role } } }',
    );
    expect(errors).toBeUndefined();
    expect(brief(data.entity.memberships)).toEqual([
      'OUT member_of organization:ots -',
      'OUT initiated organization:ots -',
      'OUT engages_with organization:ots -',
      'OUT chairs organization:ots chair nation',
      'OUT initiated topic:turktime chairman of the OTS',
      'OUT member_of organization:board-of-peace founding member',
      'OUT participates_in project:tungsten-deposit joint project with the United States',
      // Inferred from Tokayev's acts on Kazakhstan's behalf (the signing in Davos, and on Jan. 22; the state visit).
      'OUT signed agreement:board-of-peace-charter -',
      'OUT engages_with organization:sco -',
      'OUT engages_with organization:oic -',
      'OUT engages_with organization:cica -',
      'OUT signed agreement:board-of-peace-charter -',
      'OUT participates_in event:tokayev-state-visit-to-pakistan visiting state',
      'OUT party_to agreement:abraham-accords -',
    ]);
  });

  it('reads members, founders and signatories from the other side, and keeps only the predicates asked for', async () => {
    const kg = await seedsGraph();
    const { data } = await gql(
      kg,
      `{ bop: entity(id: "Board of Peace") { memberships(direction: IN) { entity { id } predicate { id } direction role }
           ... on Organization { initiatedBy { entity { id } label } } }
         charter: entity(id: "Board of Peace Charter") { memberships(predicates: ["signed"]) { entity { id } predicate { id } direction role } }
         tokayev: entity(id: "Tokayev") { ... on Person { signed { entity { id } } } }
         kz: entity(id: "Kazakhstan") { ... on Country { engagesWith { entity { id } } initiated { entity { id } } } } }`,
    );
    expect(brief(data.bop.memberships)).toEqual([
      'IN initiated person:donald-trump -',
      'IN member_of country:kz founding member',
      'IN member_of country:sa founding member',
      'IN member_of country:tr founding member',
      'IN member_of country:am founding member',
      'IN member_of country:az founding member',
    ]);
    expect(data.bop.initiatedBy).toEqual([{ entity: { id: 'person:donald-trump' }, label: 'initiated by' }]);
    expect(brief(data.charter.memberships)).toEqual([
      'IN signed person:kassym-jomart-tokayev -',
      'IN signed country:kz -',
      'IN signed person:kassym-jomart-tokayev -',
      'IN signed person:shehbaz-sharif -',
      'IN signed country:kz -',
      'IN signed country:pk -',
    ]);
    expect(data.tokayev.signed).toEqual([
      { entity: { id: 'agreement:board-of-peace-charter' } },
      { entity: { id: 'agreement:board-of-peace-charter' } },
    ]);
    expect(data.kz.engagesWith.map((r: { entity: { id: string } }) => r.entity.id)).toEqual([
      'organization:ots',
      'organization:sco',
      'organization:oic',
      'organization:cica',
    ]);
    expect(data.kz.initiated.map((r: { entity: { id: string } }) => r.entity.id)).toEqual(['organization:ots', 'topic:turktime']);
  });

  it('rejects a predicate that is not membership-like', async () => {
    const kg = await seedsGraph();
    const { errors } = await gql(kg, '{ entity(id: "Kazakhstan") { memberships(predicates: ["located_in"]) { label } } }');
    expect(errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
      ['BAD_USER_INPUT', `predicates: "located_in" is not membership-like (one of ${MEMBERSHIP_PREDICATES.join(', ')})`],
    ]);
  });
});
