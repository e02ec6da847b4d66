import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { entityTimeline, type TimelineItem } from '../../src/graph/entity-timeline.js';
import { queryApiGraph } from './query-api-fixture.js';

const kg = await queryApiGraph();
const summary = (items: TimelineItem[]) =>
  items.map((i) => (i.type === 'statement' ? `${i.time.value} ${i.role} ${i.statement.id}` : `${i.time.value} ${i.position.id}`));

describe('entityTimeline', () => {
  it('orders dated items by span, then items whose year is unknown by month and day', () => {
    expect(summary(entityTimeline(kg, 'organization:northern-union'))).toEqual([
      '1992 START statement:xa-member-of-union',
      '2024 START statement:xc-member-of-union',
      '2024-07-05 POINT_IN_TIME statement:xa-chairs-union',
      '--01-22 START statement:xb-member-of-union',
      '--02-18 position:ortiz-union-delays',
    ]);
  });

  it("lists a person's statements and positions, ties by id", () => {
    expect(summary(entityTimeline(kg, 'person:ana-ortiz'))).toEqual([
      '1990s START statement:ortiz-president',
      '1990s START statement:ortiz-president-again',
      '2024-06-10 position:ortiz-water-sharing',
      '--02-18 position:ortiz-union-delays',
    ]);
  });

  it('keeps items matching a range by the precision rule, excluding items whose year is unknown', () => {
    expect(summary(entityTimeline(kg, 'organization:northern-union', { from: '2024-06', to: '2024-07' }))).toEqual([
      '2024 START statement:xc-member-of-union',
      '2024-07-05 POINT_IN_TIME statement:xa-chairs-union',
    ]);
    expect(summary(entityTimeline(kg, 'organization:northern-union', { from: '2024-06', to: '2024-07', match: 'WITHIN' }))).toEqual([
      '2024-07-05 POINT_IN_TIME statement:xa-chairs-union',
    ]);
    expect(summary(entityTimeline(kg, 'person:ana-ortiz', { from: '2000' }))).toEqual(['2024-06-10 position:ortiz-water-sharing']);
  });

  it('includes time values, and is empty for an entity without dated items', () => {
    expect(summary(entityTimeline(kg, 'event:lakeside-summit'))).toEqual(['2025-03 VALUE statement:summit-date']);
    expect(entityTimeline(kg, 'person:ben-kim')).toEqual([]);
  });

  it('rejects a malformed range', () => {
    expect(() => entityTimeline(kg, 'country:xa', { from: '2024-02-30' })).toThrow(InvalidArgumentError);
  });
});
