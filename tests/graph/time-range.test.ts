import { describe, expect, it } from 'vitest';
import { parseTime } from '../../src/dataset/parse-time.js';
import type { TimeValue } from '../../src/dataset/model.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { compareTimes } from '../../src/graph/compare-times.js';
import { parseTimeRange, timeMatchesRange } from '../../src/graph/time-range.js';

function time(value: string): TimeValue {
  const parsed = parseTime(value);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

describe('parseTimeRange', () => {
  it('takes the earliest day of from and the latest day of to', () => {
    expect(parseTimeRange('2024-06', '2024-07', 'where')).toEqual({ from: '2024-06-01', to: '2024-07-31' });
    expect(parseTimeRange('2024', null, 'where')).toEqual({ from: '2024-01-01', to: null });
    expect(parseTimeRange(undefined, '1990s', 'where')).toEqual({ from: null, to: '1999-12-31' });
    expect(parseTimeRange('2024-02-29', '2024-02-29', 'where')).toEqual({ from: '2024-02-29', to: '2024-02-29' });
    expect(parseTimeRange(null, undefined, 'where')).toBeNull();
  });

  it.each([
    ['2024-13', null, 'where.time.from: invalid date "2024-13": month 13 is out of range'],
    [null, 'June 2024', 'where.time.to: invalid date "June 2024"'],
    ['--01-22', null, 'where.time.from: "--01-22" has no year'],
    ['2025', '2024', 'where.time: from (2025) is after to (2024)'],
  ])('rejects from=%s to=%s', (from, to, message) => {
    expect(() => parseTimeRange(from, to, 'where.time')).toThrow(InvalidArgumentError);
    expect(() => parseTimeRange(from, to, 'where.time')).toThrow(message);
  });
});

describe('timeMatchesRange', () => {
  const juneToJuly = parseTimeRange('2024-06', '2024-07', 'where')!;

  it.each([
    ['2024', true, false],
    ['2024-06', true, true],
    ['2024-07-31', true, true],
    ['2024-08-01', false, false],
    ['2024-05', false, false],
    ['2020s', true, false],
    ['1990s', false, false],
    ['--06-15', false, false],
    ['--07', false, false],
  ])('%s: overlaps %s, within %s (2024-06..2024-07)', (value, overlaps, within) => {
    expect(timeMatchesRange(time(value), juneToJuly, 'OVERLAPS')).toBe(overlaps);
    expect(timeMatchesRange(time(value), juneToJuly, 'WITHIN')).toBe(within);
  });

  it('never matches a missing time, and treats open ends as unbounded', () => {
    expect(timeMatchesRange(null, juneToJuly)).toBe(false);
    const since2000 = parseTimeRange('2000', null, 'where')!;
    expect(timeMatchesRange(time('1990s'), since2000)).toBe(false);
    expect(timeMatchesRange(time('2025-01-03'), since2000)).toBe(true);
    expect(timeMatchesRange(time('--01-22'), since2000)).toBe(false);
  });
});

describe('compareTimes', () => {
  const values = ['--02-18', '2024-07-05', '1990s', '2024', '--01-22', '1992', '2024-06', '--02'];
  const sorted = (descending: boolean): Array<string | null> =>
    [...values.map(time), null].sort((a, b) => compareTimes(a, b, descending)).map((t) => t?.value ?? null);

  it('orders dated times by span, then year-unknown times by month and day, then missing ones', () => {
    expect(sorted(false)).toEqual(['1990s', '1992', '2024', '2024-06', '2024-07-05', '--01-22', '--02', '--02-18', null]);
  });

  it('reverses each group but keeps year-unknown and missing times last when descending', () => {
    expect(sorted(true)).toEqual(['2024-07-05', '2024-06', '2024', '1992', '1990s', '--02-18', '--02', '--01-22', null]);
  });
});
