import { describe, expect, it } from 'vitest';
import type { TimeValue } from '../../src/dataset/model.js';
import { parseTime } from '../../src/dataset/parse-time.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { distinctCount, groupCounts, type GroupField } from '../../src/graph/group-counts.js';
import { timeSpan } from '../../src/graph/time-span.js';

const items = [
  { id: 'a', tags: ['x', 'y', 'x'] },
  { id: 'b', tags: ['y'] },
  { id: 'c', tags: [] },
  { id: 'd', tags: ['z', 'y'] },
];
const byTag: GroupField<(typeof items)[number]> = { keyKind: 'value', keysOf: (i) => i.tags };

describe('groupCounts', () => {
  it('counts an item once per distinct value, items without one in the null group, most first (ties in order of appearance)', () => {
    expect(groupCounts(items, byTag).map((g) => [g.key, g.count])).toEqual([
      ['y', 3],
      ['x', 1],
      [null, 1],
      ['z', 1],
    ]);
  });

  it('orders by key with the null group last, and keeps at most limit groups', () => {
    expect(groupCounts(items, byTag, { order: 'KEY' }).map((g) => g.key)).toEqual(['x', 'y', 'z', null]);
    expect(groupCounts(items, byTag, { limit: 1 })).toEqual([{ key: 'y', keyKind: 'value', count: 3 }]);
    expect(() => groupCounts(items, byTag, { limit: 1001 })).toThrow(InvalidArgumentError);
  });

  it('counts distinct non-null values', () => {
    expect(distinctCount(items, byTag)).toBe(3);
  });
});

describe('timeSpan', () => {
  const t = (value: string): TimeValue => {
    const time = parseTime(value);
    if (typeof time === 'string') throw new Error(time);
    return time;
  };
  it('spans the times whose year is known, each with its precision, counting the others apart', () => {
    const span = timeSpan([t('2024-03-05'), t('2024'), null, t('--01-22'), t('1990s'), t('2025-01')]);
    expect([span.earliest?.value, span.latest?.value]).toEqual(['1990s', '2025-01']);
    expect([span.datedCount, span.yearUnknownCount, span.undatedCount]).toEqual([4, 1, 1]);
    // 2024 starts before 2024-03-05 and ends after it.
    const year = timeSpan([t('2024-03-05'), t('2024')]);
    expect([year.earliest?.value, year.latest?.value]).toEqual(['2024', '2024']);
    expect(timeSpan([])).toEqual({ earliest: null, latest: null, datedCount: 0, yearUnknownCount: 0, undatedCount: 0 });
  });
});
