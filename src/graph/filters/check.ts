/** A compiled filter: whether one item matches. */
export type Check<T> = (item: T) => boolean;

/** The conjunction of checks; null (no constraint) when there are none. */
export function allOf<T>(checks: ReadonlyArray<Check<T>>): Check<T> | null {
  if (checks.length === 0) return null;
  if (checks.length === 1) return checks[0]!;
  return (item) => checks.every((check) => check(item));
}

/** A check on one field of an item: `check(fieldOf(item))`; null when `check` is null. */
export function onField<T, F>(check: Check<F> | null, fieldOf: (item: T) => F): Check<T> | null {
  return check === null ? null : (item) => check(fieldOf(item));
}
