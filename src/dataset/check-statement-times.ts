import type { SourceLocation, Statement } from './model.js';
import { unearnedTime } from './earned-time.js';

/** Where a loader check reports a problem. */
export interface IssueSink {
  add(where: SourceLocation, entry: string | null, reason: string): void;
}

/** Reports each time of `statement` (qualifiers and time value) that is not earned (see {@link unearnedTime}). */
export function checkStatementTimes(check: IssueSink, at: SourceLocation, entry: string, statement: Statement): void {
  const { pointInTime, start, end } = statement.qualifiers;
  if (pointInTime === null && start === null && end === null && statement.value?.type !== 'time') return;
  const problems = [
    unearnedTime('qualifiers.pointInTime', pointInTime, statement.evidence),
    unearnedTime('qualifiers.start', start, statement.evidence),
    unearnedTime('qualifiers.end', end, statement.evidence),
    statement.value?.type === 'time' ? unearnedTime('value.time', statement.value.time, statement.evidence) : null,
  ];
  for (const problem of problems) if (problem !== null) check.add(at, entry, problem);
}
