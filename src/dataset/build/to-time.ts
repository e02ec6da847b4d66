import { derivedTime } from '../earned-time.js';
import type { SourceLocation, TimeValue } from '../model.js';
import { parseTime } from '../parse-time.js';
import type { RawTime } from '../raw-schema.js';
import type { Checker } from './checker.js';

/** Finds the time a `{ derivedFrom }` names: the value, why there is none, or null when that is already reported. */
export type DeriveTime = (from: string) => TimeValue | string | null;

/**
 * The time a raw field states, derives or infers; null (and a problem) when it is malformed or its
 * source has none. Equal times share one frozen value: a large dataset repeats the same few
 * thousand dates.
 */
export function toTime(
  check: Checker,
  at: SourceLocation,
  entry: string,
  field: string,
  raw: RawTime | null | undefined,
  derive?: DeriveTime,
): TimeValue | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string' && 'derivedFrom' in raw) {
    const derived = derive ? derive(raw.derivedFrom) : 'a derived time is not allowed here';
    if (typeof derived === 'string') check.add(at, entry, `${field}.derivedFrom: ${derived}`);
    return derived === null || typeof derived === 'string' ? null : derivedTime(derived, raw.derivedFrom);
  }
  const value = typeof raw === 'string' ? raw : raw.value;
  const inferred = typeof raw === 'string' ? null : (raw.inferred ?? null);
  const key = inferred === null ? value : `${value}\u0000${inferred}`;
  const known = check.times.get(key);
  if (known) return known;
  const parsed = parseTime(value, inferred);
  if (typeof parsed === 'string') {
    check.add(at, entry, `${field}: ${parsed}`);
    return null;
  }
  check.times.set(key, Object.freeze(parsed));
  return parsed;
}
