import { describe, expect, it } from 'vitest';
import { layoutTimeAxis, type AxisInput } from '../../src/explorer/model/time-axis.js';

const item = (name: string, value: string, precision: string, earliest: string | null, latest: string | null): AxisInput<string> => ({
  item: name,
  time: { value, precision, earliest, latest },
  yearKnown: earliest !== null,
});

describe('layoutTimeAxis', () => {
  it('draws each item as wide as its precision allows, and keeps items without a stated year apart', () => {
    const axis = layoutTimeAxis([
      item('decade', '2010s', 'DECADE', '2010-01-01', '2019-12-31'),
      item('year', '2015', 'YEAR', '2015-01-01', '2015-12-31'),
      item('day', '2019-12-31', 'DAY', '2019-12-31', '2019-12-31'),
      item('no year', '--01-22', 'MONTH_DAY', null, null),
    ]);
    expect(axis.start).toBe('2010-01-01');
    expect(axis.end).toBe('2019-12-31');
    expect(axis.undated.map((u) => u.item)).toEqual(['no year']);
    const days = 3652; // 2010-01-01 to 2020-01-01
    const byName = Object.fromEntries(axis.items.map((p) => [p.item, p]));
    expect(byName['decade']).toMatchObject({ left: 0, right: 1, row: 0, precision: 'decade' });
    expect(byName['year']).toMatchObject({ left: 1826 / days, right: 2191 / days, row: 1, precision: 'year' });
    expect(byName['day']).toMatchObject({ left: 3651 / days, right: 1, row: 1, precision: 'day' });
    expect(axis.ticks.map((t) => t.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(axis.ticks[5]!.at).toBeCloseTo(1826 / days, 12);
  });

  it('puts everything apart when no year is known, and ticks every tenth year on a long axis', () => {
    expect(layoutTimeAxis([item('a', '--02', 'MONTH_ONLY', null, null)])).toEqual({
      start: null,
      end: null,
      items: [],
      ticks: [],
      undated: [item('a', '--02', 'MONTH_ONLY', null, null)],
    });
    const long = layoutTimeAxis([
      item('a', '1950', 'YEAR', '1950-01-01', '1950-12-31'),
      item('b', '2020', 'YEAR', '2020-01-01', '2020-12-31'),
    ]);
    expect(long.ticks.map((t) => t.year)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    expect(long.items.map((p) => p.row)).toEqual([0, 0]);
  });
});
