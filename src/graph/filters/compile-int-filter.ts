import type { Check } from './check.js';
import type { IntFilter } from './types.js';

/** Compiles comparison operators on a count into a check; every operator given must hold. Null when none is given. */
export function compileIntFilter(filter: IntFilter | null | undefined): Check<number> | null {
  if (!filter) return null;
  const checks: Array<Check<number>> = [];
  const { eq, in: values, lt, lte, gt, gte } = filter;
  if (eq !== null && eq !== undefined) checks.push((n) => n === eq);
  if (values !== null && values !== undefined) {
    const set = new Set(values);
    checks.push((n) => set.has(n));
  }
  if (lt !== null && lt !== undefined) checks.push((n) => n < lt);
  if (lte !== null && lte !== undefined) checks.push((n) => n <= lte);
  if (gt !== null && gt !== undefined) checks.push((n) => n > gt);
  if (gte !== null && gte !== undefined) checks.push((n) => n >= gte);
  if (checks.length === 0) return null;
  return (n) => checks.every((check) => check(n));
}
