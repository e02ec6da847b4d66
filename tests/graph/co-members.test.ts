import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownEntityError } from '../../src/errors.js';
import { coMembers, type CoMember } from '../../src/graph/co-members.js';
import { commonNeighbours } from '../../src/graph/common-neighbours.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

const kg = tinyGraph({
  edges: [
    ['country:kz', 'member_of', 'organization:bop', { id: 'kz-bop' }],
    ['country:sa', 'member_of', 'organization:bop', { id: 'sa-bop' }],
    ['country:tr', 'member_of', 'organization:bop', { id: 'tr-bop' }],
    ['country:kz', 'member_of', 'organization:ots', { id: 'kz-ots' }],
    ['country:tr', 'member_of', 'organization:ots', { id: 'tr-ots' }],
    ['country:us', 'member_of', 'organization:un', { id: 'us-un' }],
    ['country:kz', 'partner_of', 'country:us', { id: 'kz-us' }],
    ['country:us', 'partner_of', 'country:tr', { id: 'us-tr' }],
    ['country:tr', 'partner_of', 'country:us', { id: 'tr-us' }],
    ['organization:ots', 'member_of', 'organization:bop', { id: 'ots-bop' }],
  ],
});

const describeMembers = (members: readonly CoMember[]): string[] =>
  members.map(
    (m) =>
      `${m.entity}: ${m.shared.map((s) => `${s.object} (${s.statements.map((st) => st.id.slice('statement:'.length)).join(' ')})`).join(', ')}`,
  );

describe('coMembers', () => {
  it('finds fellow members with the shared objects and both sides’ statements, most shared first', () => {
    expect(describeMembers(coMembers(kg, 'Kz'))).toEqual([
      'country:tr: organization:bop (kz-bop tr-bop), organization:ots (kz-ots tr-ots)',
      'country:sa: organization:bop (kz-bop sa-bop)',
      'organization:ots: organization:bop (kz-bop ots-bop)',
    ]);
  });

  it('keeps one shared object when asked', () => {
    expect(describeMembers(coMembers(kg, 'country:kz', { object: 'Ots' }))).toEqual(['country:tr: organization:ots (kz-ots tr-ots)']);
    expect(() => coMembers(kg, 'country:kz', { object: 'Atlantis' })).toThrow(new UnknownEntityError('object', 'Atlantis', []));
  });

  it('uses the given predicate', () => {
    expect(describeMembers(coMembers(kg, 'country:kz', { predicate: 'partner_of' }))).toEqual(['country:tr: country:us (kz-us tr-us)']);
    expect(describeMembers(coMembers(kg, 'country:us', { predicate: 'partner_of' }))).toEqual([]);
    expect(describeMembers(coMembers(kg, 'country:us'))).toEqual([]);
  });

  it('rejects an unknown entity and an unknown predicate', () => {
    expect(() => coMembers(kg, 'Atlantis')).toThrow(UnknownEntityError);
    expect(() => coMembers(kg, 'Atlantis')).toThrow('entity: no entity is named "Atlantis"');
    expect(() => coMembers(kg, 'country:kz', { predicate: 'memberof' })).toThrow(InvalidArgumentError);
  });
});

describe('commonNeighbours', () => {
  it('lists entities linked to both, with the edges to each, most edges first, then by id', () => {
    const found = commonNeighbours(kg, 'country:kz', 'country:tr');
    expect(found.map((n) => [n.entity, n.edgesToA.map((e) => e.key), n.edgesToB.map((e) => e.key)])).toEqual([
      ['country:us', ['statement:kz-us'], ['statement:tr-us', 'statement:us-tr']],
      ['organization:bop', ['statement:kz-bop'], ['statement:tr-bop']],
      ['organization:ots', ['statement:kz-ots'], ['statement:tr-ots']],
    ]);
  });

  it('never lists the two entities themselves', () => {
    // ots is a neighbour of kz and a neighbour of bop; kz is a neighbour of both ots and bop.
    const found = commonNeighbours(kg, 'organization:ots', 'organization:bop');
    expect(found.map((n) => n.entity)).toEqual(['country:kz', 'country:tr']);
  });

  it('honours predicates and rejects unknown entities', () => {
    expect(commonNeighbours(kg, 'country:kz', 'country:tr', { predicates: ['partner_of'] }).map((n) => n.entity)).toEqual(['country:us']);
    expect(() => commonNeighbours(kg, 'country:kz', 'Atlantis')).toThrow('b: no entity is named "Atlantis"');
    expect(() => commonNeighbours(kg, 'Atlantis', 'country:kz')).toThrow(UnknownEntityError);
    expect(() => commonNeighbours(kg, 'country:kz', 'country:tr', { predicates: ['x'] })).toThrow(InvalidArgumentError);
  });
});
