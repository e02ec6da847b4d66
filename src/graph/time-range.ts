import { parseTime } from '../dataset/parse-time.js';
import type { TimeValue } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import type { RangeMatch } from './filters/types.js';

/** A range of ISO days, both ends inclusive; an open end is null. */
export interface TimeRange {
  readonly from: string | null;
  readonly to: string | null;
}

function bound(value: string, side: 'from' | 'to', path: string): string {
  const time = parseTime(value.trim());
  if (typeof time === 'string') {
    throw new InvalidArgumentError(`${path}.${side}: ${time.replace(/^invalid (date|time)/, 'invalid date')}`);
  }
  if (time.earliest === null || time.latest === null) {
    throw new InvalidArgumentError(`${path}.${side}: "${value}" has no year; a range bound needs YYYY, YYYY-MM, YYYY-MM-DD or YYY0s`);
  }
  return side === 'from' ? time.earliest : time.latest;
}

/**
 * Parses the bounds of a date range: `from` and `to` are YYYY, YYYY-MM, YYYY-MM-DD or YYY0s;
 * `from` stands for its earliest day, `to` for its latest ("2024-06".."2024-07" is 2024-06-01 to
 * 2024-07-31). Returns null when neither is given. Throws {@link InvalidArgumentError} for a
 * malformed or year-less bound, or `from` after `to`; `path` names the argument in the message.
 */
export function parseTimeRange(from: string | null | undefined, to: string | null | undefined, path: string): TimeRange | null {
  const start = from === null || from === undefined ? null : bound(from, 'from', path);
  const end = to === null || to === undefined ? null : bound(to, 'to', path);
  if (start === null && end === null) return null;
  if (start !== null && end !== null && start > end) {
    throw new InvalidArgumentError(`${path}: from (${from}) is after to (${to})`);
  }
  return { from: start, to: end };
}

/**
 * Whether a time matches a range. OVERLAPS: its span [earliest, latest] overlaps the range (it may
 * fall in it: year 2024 overlaps 2024-06..2024-07). WITHIN: its span lies inside the range. A time
 * whose year is unknown (`--01-22`), or no time, never matches.
 */
export function timeMatchesRange(time: TimeValue | null, range: TimeRange, match: RangeMatch = 'OVERLAPS'): boolean {
  if (time === null || time.earliest === null || time.latest === null) return false;
  if (match === 'WITHIN') {
    return (range.from === null || time.earliest >= range.from) && (range.to === null || time.latest <= range.to);
  }
  return (range.from === null || time.latest >= range.from) && (range.to === null || time.earliest <= range.to);
}
