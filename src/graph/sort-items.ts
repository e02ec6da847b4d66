import { InvalidArgumentError } from '../errors.js';
import type { SortDirection, SortKey } from './filters/types.js';

/** Compares two items on one sort field, ascending (`descending` false) or descending. */
export type FieldComparator<T> = (a: T, b: T, descending: boolean) => number;

/** English collation, case and diacritics ignored at the first level: "Ålesund" sorts with "A". */
const collator = new Intl.Collator('en', { sensitivity: 'variant', numeric: true });

/** Compares strings for humans ({@link collator}); null (no value) comes last in both directions. */
export function compareText(a: string | null, b: string | null, descending: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (descending ? -1 : 1) * collator.compare(a, b);
}

/** Compares numbers; in both directions. */
export function compareNumbers(a: number, b: number, descending: boolean): number {
  return descending ? b - a : a - b;
}

/** Compares ids by code units (ids are ASCII). */
export function compareIds(a: string, b: string, descending: boolean): number {
  return (descending ? -1 : 1) * (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Sorts `items` by `sort` keys (each an object with exactly one field set, like a GraphQL `@oneOf`
 * input), applied in order; ties keep the input order (the sort is stable). Returns `items` itself
 * when there are no keys. Throws InvalidArgumentError for a key without exactly one field.
 */
export function sortItems<T, K extends string>(
  items: readonly T[],
  sort: ReadonlyArray<SortKey<K>> | null | undefined,
  fields: Readonly<Record<K, FieldComparator<T>>>,
  path = 'sort',
): readonly T[] {
  if (!sort || sort.length === 0) return items;
  const comparators = sort.map((key, i) => {
    const set = (Object.entries(key) as Array<[K, SortDirection | null | undefined]>).filter(
      ([, dir]) => dir !== null && dir !== undefined,
    );
    if (set.length !== 1 || !(set[0]![0] in fields)) {
      throw new InvalidArgumentError(`${path}[${i}]: a sort key names exactly one of ${Object.keys(fields).join(', ')}`);
    }
    const [field, direction] = set[0]!;
    const compare = fields[field];
    const descending = direction === 'DESC';
    return (a: T, b: T) => compare(a, b, descending);
  });
  return [...items].sort((a, b) => {
    for (const compare of comparators) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  });
}
