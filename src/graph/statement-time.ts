import type { Statement, TimeValue } from '../dataset/model.js';

/** Which time of a statement: a qualifier (point in time, start, end) or its literal time value. */
export type StatementTimeRole = 'POINT_IN_TIME' | 'START' | 'END' | 'VALUE';

/** One time of a statement, with the role it plays. */
export interface StatementTime {
  readonly role: StatementTimeRole;
  readonly time: TimeValue;
}

/** Every time a statement carries, in the order point in time, start, end, value. */
export function statementTimes(statement: Statement): StatementTime[] {
  const { pointInTime, start, end } = statement.qualifiers;
  const times: StatementTime[] = [];
  if (pointInTime) times.push({ role: 'POINT_IN_TIME', time: pointInTime });
  if (start) times.push({ role: 'START', time: start });
  if (end) times.push({ role: 'END', time: end });
  if (statement.value?.type === 'time') times.push({ role: 'VALUE', time: statement.value.time });
  return times;
}

/**
 * The date of a statement: its point in time, else its start, else its literal time value (for
 * time-valued predicates such as `point_in_time`), else its end; null when it has none.
 */
export function statementTime(statement: Statement): TimeValue | null {
  const { pointInTime, start, end } = statement.qualifiers;
  return pointInTime ?? start ?? (statement.value?.type === 'time' ? statement.value.time : null) ?? end;
}
