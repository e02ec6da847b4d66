import type { TimeValue } from '../dataset/model.js';

/** The span of a set of dated items: the earliest and latest stated times, and what could not be placed. */
export interface TimeSpan {
  /** The time whose span starts first (by earliest day, then latest day); null when no item has a year. */
  readonly earliest: TimeValue | null;
  /** The time whose span ends last (by latest day, then earliest day); null when no item has a year. */
  readonly latest: TimeValue | null;
  /** Items whose time has a known year (placed in the span). */
  readonly datedCount: number;
  /** Items with a time whose year is not stated (`--01-22`): counted apart, not placed. */
  readonly yearUnknownCount: number;
  /** Items without any time. */
  readonly undatedCount: number;
}

/**
 * The span of `times` (one per item, null for an undated item): the earliest and the latest of
 * the times whose year is known, each with its own precision (`2024` spans the whole year), and
 * the counts of dated, year-unknown and undated items.
 */
export function timeSpan(times: Iterable<TimeValue | null>): TimeSpan {
  let earliest: TimeValue | null = null;
  let latest: TimeValue | null = null;
  let datedCount = 0;
  let yearUnknownCount = 0;
  let undatedCount = 0;
  for (const time of times) {
    if (time === null) {
      undatedCount++;
      continue;
    }
    if (time.earliest === null || time.latest === null) {
      yearUnknownCount++;
      continue;
    }
    datedCount++;
    if (
      earliest === null ||
      time.earliest < earliest.earliest! ||
      (time.earliest === earliest.earliest && time.latest < earliest.latest!)
    ) {
      earliest = time;
    }
    if (latest === null || time.latest > latest.latest! || (time.latest === latest.latest && time.earliest > latest.earliest!))
      latest = time;
  }
  return { earliest, latest, datedCount, yearUnknownCount, undatedCount };
}
