import type { TimeValue } from '../../dataset/model.js';
import { parseTimeRange, timeMatchesRange } from '../time-range.js';
import type { Check } from './check.js';
import { compileValueFilter } from './compile-value-filter.js';
import type { TimeFilter } from './types.js';

/**
 * Compiles time operators into a check on a nullable time. Range rule: `from` stands for its
 * earliest day and `to` for its latest (inclusive); with `match: OVERLAPS` (default) a time matches
 * when its span [earliest, latest] overlaps [from, to] (year 2024 overlaps 2024-06..2024-07), with
 * `WITHIN` when its span lies inside it. A time whose year is unknown (`--01-22`) or a missing time
 * never matches a range. `exists`, `yearKnown`, `precision` and `inferred` test the time itself;
 * all operators given must hold. Throws InvalidArgumentError for a malformed or year-less bound or
 * `from` after `to`. Null when the filter sets no operator.
 */
export function compileTimeFilter(filter: TimeFilter | null | undefined, path: string): Check<TimeValue | null> | null {
  if (!filter) return null;
  const checks: Array<Check<TimeValue | null>> = [];
  const range = parseTimeRange(filter.from, filter.to, path);
  if (range !== null) {
    const match = filter.match ?? 'OVERLAPS';
    checks.push((time) => timeMatchesRange(time, range, match));
  }
  const { exists, yearKnown, inferred } = filter;
  if (exists !== null && exists !== undefined) checks.push((time) => (time !== null) === exists);
  if (yearKnown !== null && yearKnown !== undefined) checks.push((time) => time !== null && (time.year !== null) === yearKnown);
  if (inferred !== null && inferred !== undefined) checks.push((time) => time !== null && (time.inferred !== null) === inferred);
  const precision = compileValueFilter(filter.precision);
  if (precision !== null) checks.push((time) => time !== null && precision(time.precision));
  if (checks.length === 0) return null;
  return (time) => checks.every((check) => check(time));
}
