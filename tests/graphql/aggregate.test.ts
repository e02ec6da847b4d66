import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

const KZ_YEARS = [
  { key: '1992', count: 1 },
  { key: '2024', count: 1 },
  { key: null, count: 43 },
];
const KZ_SPAN = { earliest: { value: '1992', precision: 'YEAR' }, latest: { value: '2024', precision: 'YEAR' } };

describe('aggregations on connections', () => {
  it('answers "which topics does Tokayev take positions on, and how often?" in one query', async () => {
    const kg = await seedsGraph();
    const { data, errors } = await gql(
      kg,
      `{ positions(where: { holder: { is: "Tokayev" } }, first: 0) {
          totalCount nodes { id }
          aggregate { count distinct(field: TOPIC) groupBy(by: TOPIC, limit: 5) { key label count entity { id } document { id } } }
      } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.positions.totalCount).toBe(153);
    expect(data.positions.nodes).toEqual([]);
    expect(data.positions.aggregate).toEqual({
      count: 153,
      distinct: 77,
      groupBy: [
        {
          key: 'organization:board-of-peace',
          label: 'Board of Peace',
          count: 7,
          entity: { id: 'organization:board-of-peace' },
          document: null,
        },
        { key: 'topic:diplomacy', label: 'Diplomacy', count: 5, entity: { id: 'topic:diplomacy' }, document: null },
        {
          key: 'agreement:abraham-accords',
          label: 'Abraham Accords',
          count: 5,
          entity: { id: 'agreement:abraham-accords' },
          document: null,
        },
        {
          key: 'project:kazakhstan-nuclear-power-plant',
          label: 'Kazakhstan nuclear power plant project',
          count: 4,
          entity: { id: 'project:kazakhstan-nuclear-power-plant' },
          document: null,
        },
        {
          key: 'topic:conflict-resolution',
          label: 'Conflict resolution',
          count: 4,
          entity: { id: 'topic:conflict-resolution' },
          document: null,
        },
      ],
    });
  });

  it('groups positions by stance (GraphQL enum spelling), document and year, with the time span', async () => {
    const kg = await seedsGraph();
    const { data } = await gql(
      kg,
      `{ positions(where: { holder: { is: "Tokayev" } }) { aggregate {
          stance: groupBy(by: STANCE) { key label count }
          documents: groupBy(by: DOCUMENT, order: KEY) { key count document { id } }
          year: groupBy(by: YEAR) { key label count }
          timeSpan { earliest { value } latest { value } datedCount yearUnknownCount undatedCount }
      } } }`,
    );
    const aggregate = data.positions.aggregate;
    expect(aggregate.stance.map((g: { key: string; count: number }) => [g.key, g.count])).toEqual([
      ['ASSESSES', 69],
      ['SUPPORTS', 35],
      ['COMMITS', 30],
      ['EXPECTS', 9],
      ['HOPES', 5],
      ['REJECTS', 3],
      ['PROPOSES', 2],
    ]);
    expect(aggregate.stance[0].label).toBe('ASSESSES');
    // A position reported by several documents counts once in each: the counts add up to more than 153.
    expect(aggregate.documents.map((g: { key: string; count: number }) => [g.key, g.count])).toEqual([
      ['document:kazakh-leader-applauds-trump', 60],
      ['document:nca-ana-tili-interview', 48],
      ['document:tokaev-reliable-partner-usa', 45],
      ['document:tokayev-explains-board-of-peace', 14],
      ['document:tokayev-pragmatism-responsibility', 22],
    ]);
    expect(aggregate.year).toEqual([{ key: null, label: null, count: 153 }]);
    expect(aggregate.timeSpan).toEqual({ earliest: null, latest: null, datedCount: 0, yearUnknownCount: 45, undatedCount: 108 });
  });

  it('groups statements by predicate, object kind and year with the same where as the list', async () => {
    const kg = await seedsGraph();
    const { data } = await gql(
      kg,
      `{ all: statements(first: 0) { aggregate { count groupBy(by: PREDICATE, limit: 3) { key label count } kinds: groupBy(by: OBJECT_KIND, limit: 3) { key count } distinct(field: PREDICATE) } }
         kz: statements(where: { subject: { is: "Kazakhstan" } }, first: 0) { totalCount aggregate { count years: groupBy(by: YEAR, order: KEY) { key count } timeSpan { earliest { value precision } latest { value precision } } } } }`,
    );
    expect(data.all.aggregate).toEqual({
      count: 193,
      groupBy: [
        { key: 'about', label: 'is about', count: 34 },
        { key: 'described_as', label: 'described as', count: 18 },
        { key: 'located_in', label: 'located in', count: 13 },
      ],
      kinds: [
        { key: 'COUNTRY', count: 45 },
        { key: null, count: 40 },
        { key: 'TOPIC', count: 26 },
      ],
      distinct: 50,
    });
    expect(data.kz.aggregate.count).toBe(data.kz.totalCount);
    expect(data.kz.aggregate.years).toEqual(KZ_YEARS);
    expect(data.kz.aggregate.timeSpan).toEqual(KZ_SPAN);
  });

  it('groups entities by kind and by the year of their time', async () => {
    const kg = await seedsGraph();
    const { data } = await gql(
      kg,
      `{ entities(first: 0) { aggregate { groupBy(by: KIND, limit: 3) { key label count } distinct(field: KIND) } }
         events(first: 0) { aggregate { count groupBy(by: YEAR) { key count } sources: groupBy(by: TIME_SOURCE) { key count } } } }`,
    );
    expect(data.entities.aggregate).toEqual({
      groupBy: [
        { key: 'TOPIC', label: 'TOPIC', count: 66 },
        { key: 'COUNTRY', label: 'COUNTRY', count: 15 },
        { key: 'ORGANIZATION', label: 'ORGANIZATION', count: 12 },
      ],
      distinct: 14,
    });
    expect(data.events.aggregate).toEqual({
      count: 12,
      groupBy: [
        { key: null, count: 7 },
        { key: '2025', count: 4 },
        { key: '2024', count: 1 },
      ],
      sources: [
        { key: null, count: 7 },
        { key: 'POINT_IN_TIME', count: 5 },
      ],
    });
  });

  it('rejects a limit out of range', async () => {
    const kg = await seedsGraph();
    const { errors } = await gql(kg, '{ positions { aggregate { groupBy(by: TOPIC, limit: -1) { key } } } }');
    expect(errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([
      ['BAD_USER_INPUT', 'limit must be an integer from 0 to 1000, got -1'],
    ]);
  });
});
