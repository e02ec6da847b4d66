import type { TimeValue } from '../dataset/model.js';

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 0: the year is known (the time has a span of days); 1: the year is unknown; 2: no time. */
function group(time: TimeValue | null): number {
  if (time === null) return 2;
  return time.earliest === null || time.latest === null ? 1 : 0;
}

/**
 * Orders times chronologically: times whose year is known by their span (earliest day, then latest
 * day, so `2024` comes before `2024-03-05`), then times whose year is unknown (`--01-22`) by month
 * and day, then missing times. `descending` reverses the order within each group only, so
 * year-unknown and missing times stay last.
 */
export function compareTimes(a: TimeValue | null, b: TimeValue | null, descending = false): number {
  const byGroup = group(a) - group(b);
  if (byGroup !== 0 || a === null || b === null) return byGroup;
  const sign = descending ? -1 : 1;
  if (a.earliest !== null && a.latest !== null && b.earliest !== null && b.latest !== null) {
    return sign * (compareStrings(a.earliest, b.earliest) || compareStrings(a.latest, b.latest));
  }
  return sign * ((a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0));
}
