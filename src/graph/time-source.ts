import type { TimeValue } from '../dataset/model.js';

/** How a time is known: stated in the fact's own evidence, derived from another record, or inferred. */
export type TimeSourceKind = 'stated' | 'derived' | 'inferred';

/**
 * How `time` is known. A derived time is `derived` even when the record it comes from inferred it
 * (its `inferred` reason is kept): the record it names is where to look.
 */
export function timeSource(time: TimeValue): TimeSourceKind {
  if (time.derivedFrom !== null) return 'derived';
  return time.inferred === null ? 'stated' : 'inferred';
}
