import { describe, expect, it } from 'vitest';
import { entityTime } from '../../src/graph/entity-time.js';
import { gql } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

describe('Entity.time', () => {
  it('dates events, signed agreements and published works from the statement that states it, sortable', async () => {
    const kg = await seedsGraph();
    const { data, errors } = await gql(
      kg,
      `{ entities(where: { time: { exists: true } }, sort: [{ time: ASC }]) {
          nodes { id time { value precision yearKnown inferred source role statement { id } evidence { quote } } }
      } }`,
    );
    expect(errors).toBeUndefined();
    const brief = data.entities.nodes.map(
      (n: {
        id: string;
        time: { value: string; precision: string; source: string; role: string; inferred: boolean; yearKnown: boolean };
      }) => [n.id, n.time.value, n.time.precision, n.time.source, n.time.role, n.time.inferred, n.time.yearKnown].join(' '),
    );
    expect(brief).toEqual([
      'event:putin-state-visit-kazakhstan-2024 2024-11 MONTH POINT_IN_TIME VALUE false true',
      'event:central-asia-china-summit-2025 2025 YEAR POINT_IN_TIME VALUE true true',
      'event:xi-jinping-visit-kazakhstan-2025 2025 YEAR POINT_IN_TIME VALUE true true',
      'event:kazakhstan-china-talks-in-china-2025 2025 YEAR POINT_IN_TIME VALUE true true',
      'event:kazakhstan-npp-tender-2025 2025 YEAR POINT_IN_TIME VALUE false true',
      'agreement:board-of-peace-charter --01-22 MONTH_DAY SIGNED POINT_IN_TIME false false',
      'work:reliability-is-the-new-power --02-18 MONTH_DAY PUBLISHED POINT_IN_TIME false false',
    ]);
    const charter = data.entities.nodes[5].time;
    expect(charter.statement).toEqual({ id: 'statement:tokayev-signed-board-of-peace-charter' });
    expect(charter.evidence.length).toBeGreaterThan(0);
    expect(charter.evidence).toEqual(
      kg.statementById.get('statement:tokayev-signed-board-of-peace-charter')!.evidence.map((e) => ({ quote: e.quote })),
    );
  });

  it('carries the reason of an inferred time, and is null for an entity nothing dates', async () => {
    const kg = await seedsGraph();
    const summit = entityTime(kg, 'event:central-asia-china-summit-2025');
    expect([summit?.inferred, summit?.reason]).toEqual([
      true,
      'The summit is announced as part of the high-level dialogue that "will continue in 2025".',
    ]);
    const { data } = await gql(kg, '{ entity(id: "Kazakhstan") { time { value } } }');
    expect(data.entity.time).toBeNull();
  });

  it('filters entity lists by a time range, descending sort keeping year-unknown times last', async () => {
    const kg = await seedsGraph();
    const { data } = await gql(
      kg,
      `{ e2025: events(where: { time: { from: "2025", to: "2025" } }) { totalCount }
         e2024: events(where: { time: { from: "2024-06", to: "2024-12", match: WITHIN } }) { nodes { id } }
         desc: entities(where: { time: { exists: true } }, sort: [{ time: DESC }], first: 7) { nodes { id } } }`,
    );
    expect(data.e2025.totalCount).toBe(4);
    expect(data.e2024.nodes).toEqual([{ id: 'event:putin-state-visit-kazakhstan-2024' }]);
    expect(data.desc.nodes.map((n: { id: string }) => n.id).slice(-2)).toEqual([
      'work:reliability-is-the-new-power',
      'agreement:board-of-peace-charter',
    ]);
  });
});
