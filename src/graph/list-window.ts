import { intArgument } from './int-argument.js';

/** Largest `limit` of an entity's lists (statements, relations, positions, mentions). */
export const MAX_LIST_LIMIT = 1000;

/** A window of a list: at most `limit` items after skipping `offset`. */
export interface ListWindow {
  /** Most items, 0 to {@link MAX_LIST_LIMIT}; absent: all of them. */
  readonly limit?: number | null;
  /** Items skipped first (0 or more); default 0. */
  readonly offset?: number | null;
}

/**
 * The window of `items` that `window` asks for (Neo4j GraphQL's `limit` / `offset` on relationship
 * fields); `items` itself when it asks for everything. An invalid `limit` or `offset` is an
 * `InvalidArgumentError` naming the allowed range.
 */
export function listWindow<T>(items: readonly T[], window: ListWindow = {}): readonly T[] {
  const offset = intArgument('offset', window.offset, 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = window.limit === null || window.limit === undefined ? null : intArgument('limit', window.limit, 0, 0, MAX_LIST_LIMIT);
  if (offset === 0 && (limit === null || limit >= items.length)) return items;
  return items.slice(offset, limit === null ? undefined : offset + limit);
}
