import type { Check } from './check.js';
import type { ValueFilter } from './types.js';

/**
 * Compiles exact `eq` / `in` operators on an id or enum value into a check. Both must hold when
 * both are given; `in: []` matches nothing. Null when the filter sets no operator.
 */
export function compileValueFilter<T extends string>(filter: ValueFilter<T> | null | undefined): Check<T> | null {
  if (!filter) return null;
  const { eq, in: values } = filter;
  const set = values === null || values === undefined ? null : new Set<string>(values);
  if ((eq === null || eq === undefined) && set === null) return null;
  return (value) => (eq === null || eq === undefined || value === eq) && (set === null || set.has(value));
}
