import { intArgument } from './int-argument.js';

/** What the key of a group names: an entity id, a document id, a predicate id, an enum value (model spelling), a year, or a value as it is. */
export type GroupKeyKind = 'entity' | 'document' | 'predicate' | 'enum' | 'year' | 'value';

/** One group of an aggregation: the items that share a value. */
export interface GroupCount {
  /** The shared value: an id, an enum value as the model spells it (`supports`), a year (`2024`); null for items without one. */
  readonly key: string | null;
  readonly keyKind: GroupKeyKind;
  /** Items in the group. */
  readonly count: number;
}

/** Order of groups: most items first (ties by first appearance in the list), or by key (nulls last). */
export type GroupOrder = 'COUNT' | 'KEY';

/** Largest `limit` of {@link groupCounts}. */
const MAX_GROUPS = 1000;

/** How one aggregation field reads the values of an item: zero, one or several keys. */
export interface GroupField<T> {
  readonly keyKind: GroupKeyKind;
  readonly keysOf: (item: T) => ReadonlyArray<string | null>;
}

/**
 * Counts `items` by the values `field` reads from each (SQL's GROUP BY … COUNT(*), Neo4j GraphQL's
 * aggregations): an item with several values (a position's documents) counts once in each of
 * their groups, so counts may add up to more than the items; an item with none counts in the
 * `null` group. Ordered by `order` (default COUNT), at most `limit` groups (0 to {@link MAX_GROUPS};
 * absent: all). Cost: one pass over the items.
 */
export function groupCounts<T>(
  items: readonly T[],
  field: GroupField<T>,
  options: { readonly order?: GroupOrder | null; readonly limit?: number | null } = {},
): GroupCount[] {
  const limit = intArgument('limit', options.limit, MAX_GROUPS, 0, MAX_GROUPS);
  const counts = new Map<string | null, number>();
  for (const item of items) {
    const keys = field.keysOf(item);
    for (const key of keys.length === 0 ? [null] : new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const groups = [...counts].map(([key, count]) => ({ key, keyKind: field.keyKind, count }));
  if ((options.order ?? 'COUNT') === 'COUNT') groups.sort((a, b) => b.count - a.count);
  else groups.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return groups.slice(0, limit);
}

/** Number of distinct non-null values `field` reads from `items` (SQL's COUNT(DISTINCT …)). */
export function distinctCount<T>(items: readonly T[], field: GroupField<T>): number {
  const values = new Set<string>();
  for (const item of items) for (const key of field.keysOf(item)) if (key !== null) values.add(key);
  return values.size;
}
