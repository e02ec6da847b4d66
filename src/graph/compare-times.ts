import type { TimeValue } from '../dataset/model.js';

function group(time: TimeValue | null): number {
  if (time === null) return 2;
  return time.earliest === null ? 1 : 0;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders times chronologically: times whose year is known by their span (earliest day, then latest
 * day, so `2024` comes before `2024-03-05`), then times whose year is unknown (`--01-22`) by month
 * and day, then missing times. `descending` reverses the order within each group only, so
 * year-unknown and missing times stay last.
 */
export function compareTimes(a: TimeValue | null, b: TimeValue | null, descending = false): number {
  const ga = group(a);
  const gb = group(b);
  if (ga !== gb || a === null || b === null) return ga - gb;
  const sign = descending ? -1 : 1;
  if (ga === 0) {
    return sign * (compareStrings(a.earliest!, b.earliest!) || compareStrings(a.latest!, b.latest!));
  }
  return sign * ((a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0));
}
