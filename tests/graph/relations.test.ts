import { describe, expect, it } from 'vitest';
import { entityRelations } from '../../src/graph/entity-relations.js';
import { relatedEntities } from '../../src/graph/related-entities.js';
import { queryApiGraph } from './query-api-fixture.js';

const kg = await queryApiGraph();

describe('relatedEntities', () => {
  it('lists the members of an organization with role, start and the supporting statements', () => {
    const members = relatedEntities(kg, 'organization:northern-union', 'member_of', 'IN');
    expect(
      members.map((m) => ({
        entity: m.entity.id,
        direction: m.direction,
        label: m.label,
        role: m.role,
        start: m.start?.value ?? null,
        statements: m.statements.map((s) => s.id),
        sourceCount: m.sourceCount,
      })),
    ).toEqual([
      {
        entity: 'country:xa',
        direction: 'IN',
        label: 'has member',
        role: 'founding member',
        start: '1992',
        statements: ['statement:xa-member-of-union'],
        sourceCount: 2,
      },
      {
        entity: 'country:xb',
        direction: 'IN',
        label: 'has member',
        role: 'founding member',
        start: '--01-22',
        statements: ['statement:xb-member-of-union'],
        sourceCount: 1,
      },
      {
        entity: 'country:xc',
        direction: 'IN',
        label: 'has member',
        role: 'observer',
        start: '2024',
        statements: ['statement:xc-member-of-union'],
        sourceCount: 1,
      },
    ]);
  });

  it('groups a fact curated twice into one entry with both statements', () => {
    const offices = relatedEntities(kg, 'person:ana-ortiz', 'holds_office', 'OUT');
    expect(offices).toHaveLength(1);
    expect(offices[0]).toMatchObject({ direction: 'OUT', label: 'holds office', sourceCount: 1 });
    expect(offices[0]!.entity.id).toBe('office:president-of-alderia');
    expect(offices[0]!.statements.map((s) => s.id)).toEqual(['statement:ortiz-president', 'statement:ortiz-president-again']);
  });

  it('reads a symmetric predicate the same from both sides', () => {
    const fromA = relatedEntities(kg, 'country:xa', 'relation_with', 'BOTH');
    const fromB = relatedEntities(kg, 'country:xb', 'relation_with', 'BOTH');
    expect(fromA.map((r) => [r.entity.id, r.direction, r.label])).toEqual([['country:xb', 'OUT', 'has bilateral relations with']]);
    expect(fromB.map((r) => [r.entity.id, r.direction, r.label])).toEqual([['country:xa', 'IN', 'has bilateral relations with']]);
  });

  it('is empty for an unknown entity or predicate', () => {
    expect(relatedEntities(kg, 'country:zz', 'member_of', 'OUT')).toEqual([]);
    expect(relatedEntities(kg, 'country:xa', 'no_such_predicate', 'OUT')).toEqual([]);
  });
});

describe('entityRelations', () => {
  it('labels IN statements with the inverse label and OUT ones with the label', () => {
    const relations = entityRelations(kg, 'office:president-of-alderia');
    expect(relations.map((r) => [r.statement.id, r.direction, r.label, r.other?.id])).toEqual([
      ['statement:ortiz-president', 'IN', 'office held by', 'person:ana-ortiz'],
      ['statement:ortiz-president-again', 'IN', 'office held by', 'person:ana-ortiz'],
      ['statement:president-office-of-xa', 'OUT', 'is an office of', 'country:xa'],
    ]);
  });

  it('filters by direction, predicates and where, and gives no other entity for a literal value', () => {
    expect(
      entityRelations(kg, 'organization:northern-union', { direction: 'IN', where: { qualifiers: { role: { eq: 'observer' } } } }),
    ).toHaveLength(1);
    expect(entityRelations(kg, 'country:xa', { direction: 'OUT', predicates: ['chairs'] }).map((r) => r.other?.id)).toEqual([
      'organization:northern-union',
    ]);
    const [literal] = entityRelations(kg, 'event:lakeside-summit');
    expect(literal).toMatchObject({ direction: 'OUT', label: 'took place on', other: null });
  });
});
