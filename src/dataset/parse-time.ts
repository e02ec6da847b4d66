import type { TimeValue } from './model.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const DECADE = /^(\d{3}0)s$/;
const MONTH_DAY = /^--(\d{2})-(\d{2})$/;
const MONTH_ONLY = /^--(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkMonthDay(month: number, day: number | null, year: number | null): string | null {
  if (month < 1 || month > 12) return `month ${month} is out of range`;
  if (day === null) return null;
  const max = year === null ? daysInMonth(2024, month) : daysInMonth(year, month);
  if (day < 1 || day > max) return `day ${day} is out of range for month ${month}`;
  return null;
}

/**
 * Parses a curated time string (`2025-01-03`, `2024-11`, `1992`, `1990s`, `--01-22`, `--02`)
 * into a {@link TimeValue}. Returns an error message instead when the string is malformed.
 */
export function parseTime(value: string, inferred: string | null = null): TimeValue | string {
  let m: RegExpExecArray | null;
  // Object literals with one key order (not spreads), so every TimeValue shares one hidden class.
  if ((m = DAY.exec(value))) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const err = checkMonthDay(month, day, year);
    if (err) return `invalid date "${value}": ${err}`;
    return { value, inferred, precision: 'day', year, month, day, earliest: value, latest: value, derivedFrom: null };
  }
  if ((m = MONTH.exec(value))) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    const err = checkMonthDay(month, null, year);
    if (err) return `invalid date "${value}": ${err}`;
    return {
      value,
      inferred,
      precision: 'month',
      year,
      month,
      day: null,
      earliest: `${value}-01`,
      latest: `${value}-${pad(daysInMonth(year, month))}`,
      derivedFrom: null,
    };
  }
  if ((m = YEAR.exec(value))) {
    const year = Number(m[1]);
    return {
      value,
      inferred,
      precision: 'year',
      year,
      month: null,
      day: null,
      earliest: `${value}-01-01`,
      latest: `${value}-12-31`,
      derivedFrom: null,
    };
  }
  if ((m = DECADE.exec(value))) {
    const year = Number(m[1]);
    return {
      value,
      inferred,
      precision: 'decade',
      year,
      month: null,
      day: null,
      earliest: `${pad(year, 4)}-01-01`,
      latest: `${pad(year + 9, 4)}-12-31`,
      derivedFrom: null,
    };
  }
  if ((m = MONTH_DAY.exec(value))) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    const err = checkMonthDay(month, day, null);
    if (err) return `invalid date "${value}": ${err}`;
    return { value, inferred, precision: 'monthDay', year: null, month, day, earliest: null, latest: null, derivedFrom: null };
  }
  if ((m = MONTH_ONLY.exec(value))) {
    const month = Number(m[1]);
    const err = checkMonthDay(month, null, null);
    if (err) return `invalid date "${value}": ${err}`;
    return { value, inferred, precision: 'monthOnly', year: null, month, day: null, earliest: null, latest: null, derivedFrom: null };
  }
  return `invalid time "${value}": expected YYYY-MM-DD, YYYY-MM, YYYY, YYY0s, --MM-DD or --MM`;
}
