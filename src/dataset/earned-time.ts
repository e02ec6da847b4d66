import type { Evidence, TimeValue } from './model.js';
import { timeStatedIn } from './time-stated-in.js';

/**
 * Why `time` is not earned, or null when it is: a time must be stated in one of the fact's own
 * evidence sentences (its year, month and day, as far as it has them), derived from another record
 * (`derivedFrom`), or inferred with its reason.
 */
export function unearnedTime(field: string, time: TimeValue | null, evidence: readonly Evidence[]): string | null {
  if (time === null || time.inferred !== null || time.derivedFrom !== null) return null;
  for (const item of evidence) if (timeStatedIn(time, item.sentence)) return null;
  return (
    `${field}: "${time.value}" is stated in none of this entry's evidence sentences; ` +
    'quote the sentence that states it, derive it from the record that does ({ derivedFrom: statement:… | document:… }), ' +
    'or mark it { value, inferred: <reason> }'
  );
}

/** `source` as a time derived from the record `from` (a statement or document id). */
export function derivedTime(source: TimeValue, from: string): TimeValue {
  return Object.freeze({ ...source, derivedFrom: from });
}
