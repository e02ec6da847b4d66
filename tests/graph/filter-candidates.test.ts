import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { positionCandidates, statementCandidates } from '../../src/graph/filters/candidates.js';
import type { EntityWhere, PositionWhere, StatementWhere } from '../../src/graph/filters/types.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { listPositions } from '../../src/graph/list-positions.js';
import { listStatements } from '../../src/graph/list-statements.js';
import { seedsGraph } from '../helpers/graphs.js';

let kg: KnowledgeGraph;
beforeAll(async () => {
  kg = await seedsGraph();
});

const ids = (items: readonly { readonly id: string }[]): string[] => items.map((i) => i.id);

/** Entity filters that pin an entity (or not), by id or alias, sometimes with more conditions (unknown names are errors: see filters.test.ts). */
function entityWhere(): fc.Arbitrary<EntityWhere> {
  const names = ['Kazakhstan', 'Tokaev', 'Council for Peace', 'Donald Trump', 'country:kz', 'organization:board-of-peace'];
  const someIds = ['country:kz', 'country:us', 'person:kassym-jomart-tokayev', 'organization:board-of-peace'];
  return fc.oneof(
    fc.record({ is: fc.constantFrom(...names) }),
    fc.record({ id: fc.record({ eq: fc.constantFrom(...someIds) }) }),
    fc.record({ id: fc.record({ in: fc.subarray(someIds) }) }),
    fc.record({ is: fc.constantFrom(...names), id: fc.record({ in: fc.subarray(someIds) }) }),
    fc.record({ kind: fc.record({ eq: fc.constantFrom('country', 'person', 'organization') }) }),
    fc.record({ is: fc.constantFrom(...names), kind: fc.record({ eq: fc.constantFrom('country', 'person') }) }),
  );
}

const statementWhere: fc.Arbitrary<StatementWhere> = fc.letrec((tie) => ({
  where: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ subject: entityWhere() }, { requiredKeys: [] }),
    fc.record(
      { object: entityWhere(), predicate: fc.record({ eq: fc.constantFrom('member_of', 'relation_with', 'located_in') }) },
      { requiredKeys: ['object'] },
    ),
    fc.record({ subject: entityWhere(), object: entityWhere() }),
    fc.record({ involves: entityWhere() }),
    fc.record({ AND: fc.array(tie('where') as fc.Arbitrary<StatementWhere>, { maxLength: 3 }) }),
    fc.record(
      { OR: fc.array(tie('where') as fc.Arbitrary<StatementWhere>, { maxLength: 3 }), subject: entityWhere() },
      { requiredKeys: ['OR'] },
    ),
    fc.record({ NOT: tie('where') as fc.Arbitrary<StatementWhere> }),
  ),
})).where;

const positionWhere: fc.Arbitrary<PositionWhere> = fc.letrec((tie) => ({
  where: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ holder: entityWhere(), topic: entityWhere(), concerns: entityWhere() }, { requiredKeys: [] }),
    fc.record(
      { concerns: entityWhere(), stance: fc.record({ eq: fc.constantFrom('supports', 'proposes', 'assesses') }) },
      { requiredKeys: ['concerns'] },
    ),
    fc.record({ AND: fc.array(tie('where') as fc.Arbitrary<PositionWhere>, { maxLength: 3 }) }),
    fc.record(
      { OR: fc.array(tie('where') as fc.Arbitrary<PositionWhere>, { maxLength: 3 }), holder: entityWhere() },
      { requiredKeys: ['OR'] },
    ),
    fc.record({ NOT: tie('where') as fc.Arbitrary<PositionWhere> }),
  ),
})).where;

describe('filter candidates (index-backed lists)', () => {
  it('statements: the same answer, in the same order, as scanning every statement', () => {
    fc.assert(
      fc.property(statementWhere, (where) => {
        const scanned = listStatements(kg, { where }, [...kg.dataset.statements]);
        expect(ids(listStatements(kg, { where }))).toEqual(ids(scanned));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('positions: the same answer, in the same order, as scanning every position', () => {
    fc.assert(
      fc.property(positionWhere, (where) => {
        const scanned = listPositions(kg, { where }, [...kg.dataset.positions]);
        expect(ids(listPositions(kg, { where }))).toEqual(ids(scanned));
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it("walks a pinned entity's index list instead of the dataset, and none for an unknown name", () => {
    expect(statementCandidates(kg, { subject: { is: 'Kazakhstan' } })).toBe(kg.statementsBySubject.get('country:kz'));
    expect(statementCandidates(kg, { object: { id: { eq: 'organization:board-of-peace' } } })).toBe(
      kg.statementsByObject.get('organization:board-of-peace'),
    );
    expect(statementCandidates(kg, { AND: [{ subject: { is: 'Atlantis' } }] })).toEqual([]);
    const involves = statementCandidates(kg, { involves: { is: 'Kazakhstan' } }) ?? [];
    expect(ids(involves)).toEqual(
      ids(
        kg.dataset.statements.filter((s) =>
          [s.subject, s.object, s.qualifiers.location, s.qualifiers.counterpart, s.qualifiers.via].includes('country:kz'),
        ),
      ),
    );
    expect(statementCandidates(kg, { OR: [{ subject: { is: 'Kazakhstan' } }] })).toBeNull();
    expect(statementCandidates(kg, { NOT: { subject: { is: 'Kazakhstan' } } })).toBeNull();
    expect(statementCandidates(kg, { predicate: { eq: 'member_of' } })).toBeNull();
    expect(positionCandidates(kg, { concerns: { is: 'Council for Peace' } })).toBe(kg.positionsByTarget.get('organization:board-of-peace'));
    // Several pinned entities: their lists merged, each item once, in dataset order.
    const both = positionCandidates(kg, { holder: { id: { in: ['person:kassym-jomart-tokayev', 'person:donald-trump'] } } }) ?? [];
    const order = both.map((p) => kg.lists.order.get(p.id) ?? -1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(ids(both)).size).toBe(both.length);
  });
});
