import { describe, expect, it } from 'vitest';
import { parseTime } from '../../src/dataset/parse-time.js';

describe('parseTime', () => {
  it.each([
    ['2025-01-03', { precision: 'day', year: 2025, month: 1, day: 3, earliest: '2025-01-03', latest: '2025-01-03' }],
    ['2024-11', { precision: 'month', year: 2024, month: 11, day: null, earliest: '2024-11-01', latest: '2024-11-30' }],
    ['2024-02', { precision: 'month', earliest: '2024-02-01', latest: '2024-02-29' }],
    ['1992', { precision: 'year', year: 1992, earliest: '1992-01-01', latest: '1992-12-31' }],
    ['1990s', { precision: 'decade', year: 1990, earliest: '1990-01-01', latest: '1999-12-31' }],
    ['--01-22', { precision: 'monthDay', year: null, month: 1, day: 22, earliest: null, latest: null }],
    ['--02', { precision: 'monthOnly', year: null, month: 2, day: null }],
  ])('parses %s', (value, expected) => {
    expect(parseTime(value)).toMatchObject({ value, inferred: null, ...expected });
  });

  it('keeps the reason of an inferred time', () => {
    expect(parseTime('2024', "'last year' in a document dated 2025-01-03")).toMatchObject({
      inferred: "'last year' in a document dated 2025-01-03",
    });
  });

  it.each([
    ['2025-13-01', 'invalid date "2025-13-01": month 13 is out of range'],
    ['2023-02-29', 'invalid date "2023-02-29": day 29 is out of range for month 2'],
    ['--02-30', 'invalid date "--02-30": day 30 is out of range for month 2'],
    ['1995s', 'invalid time "1995s": expected YYYY-MM-DD, YYYY-MM, YYYY, YYY0s, --MM-DD or --MM'],
    ['Jan 22', 'invalid time "Jan 22": expected YYYY-MM-DD, YYYY-MM, YYYY, YYY0s, --MM-DD or --MM'],
  ])('rejects %s', (value, message) => {
    expect(parseTime(value)).toBe(message);
  });
});
