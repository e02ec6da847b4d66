import { InvalidArgumentError } from '../errors.js';

/** An edge of a cursor connection. */
export interface EdgeModel<T> {
  readonly node: T;
  readonly cursor: string;
}

/** A page of a cursor connection. */
export interface ConnectionModel<T> {
  readonly edges: ReadonlyArray<EdgeModel<T>>;
  readonly nodes: readonly T[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  /** Number of items in the whole list (not only the page). */
  readonly totalCount: number;
  /** The whole list the page was cut from, for aggregations over it. */
  readonly items: readonly T[];
}

/** Relay pagination arguments: `first` items after `after`, or the `last` items before `before`. */
export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** Largest page any list returns, whatever `first` or `last` asks for. */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Where a cursor points: an item's index in its list and the item's id. */
export interface CursorPosition {
  readonly index: number;
  readonly id: string;
}

const CURSOR = /^(0|[1-9]\d{0,8}):(.+)$/s;

/**
 * Cursor of the item `id` at `index` in its list: `<index>:<id>`, base64url-encoded. The index
 * makes resuming O(1); the id lets {@link paginate} verify the cursor belongs to the list. The
 * same item in the same list (same filter and sort, same dataset version) always has the same
 * cursor.
 */
export function encodeCursor(index: number, id: string): string {
  return Buffer.from(`${index}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor}; null when it is not one. */
export function decodeCursor(cursor: string): CursorPosition | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return null;
  return { index: Number(match[1]), id: match[2]! };
}

function pageSize(name: 'first' | 'last', value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer, got ${value}`);
  return Math.min(value, MAX_PAGE_SIZE);
}

function cursorIndex<T>(items: readonly T[], idOf: (item: T) => string, name: 'after' | 'before', cursor: string): number {
  const position = decodeCursor(cursor);
  if (position === null) throw new InvalidArgumentError(`${name}: "${cursor}" is not a cursor`);
  const item = items[position.index];
  if (item === undefined || idOf(item) !== position.id) {
    throw new InvalidArgumentError(
      `${name}: cursor "${cursor}" does not belong to this list (a cursor is valid only for the list, filter, sort and dataset version it came from)`,
    );
  }
  return position.index;
}

/**
 * Cuts one page out of an ordered list, Relay style: the `first` items after the cursor `after`,
 * or the `last` items before the cursor `before` (both cursors may bound the window). Without
 * `first` and `last` the page is the first {@link DEFAULT_PAGE_SIZE} items of the window. Page
 * sizes are capped at {@link MAX_PAGE_SIZE} here, so no variable can lift them. A cursor is
 * checked in O(1) against the item at its index. `hasPreviousPage` / `hasNextPage` tell whether
 * the list has items before / after the page, in both directions. `totalCount` is the length of
 * the whole list; only the page's edges are built, and its cursors only when read.
 *
 * Throws {@link InvalidArgumentError} for a negative or non-integer page size, both `first` and
 * `last`, or a cursor that is malformed or from another list.
 */
export function paginate<T>(items: readonly T[], idOf: (item: T) => string, args: PageArgs = {}): ConnectionModel<T> {
  const first = pageSize('first', args.first);
  const last = pageSize('last', args.last);
  if (first !== null && last !== null) throw new InvalidArgumentError('pass first or last, not both');
  let start = 0;
  let end = items.length;
  if (args.after !== null && args.after !== undefined) start = cursorIndex(items, idOf, 'after', args.after) + 1;
  if (args.before !== null && args.before !== undefined) end = Math.max(start, cursorIndex(items, idOf, 'before', args.before));
  if (last !== null) start = Math.max(start, end - last);
  else end = Math.min(end, start + (first ?? DEFAULT_PAGE_SIZE));

  const nodes = items.slice(start, end);
  // Cursors are encoded only when asked for: a query reading `nodes` and `totalCount` (the common
  // case) never pays for them.
  let edges: ReadonlyArray<EdgeModel<T>> | null = null;
  const cursorAt = (i: number): string | null => {
    const node = nodes[i];
    return node === undefined ? null : encodeCursor(start + i, idOf(node));
  };
  return {
    get edges(): ReadonlyArray<EdgeModel<T>> {
      edges ??= nodes.map((node, i) => ({ node, cursor: encodeCursor(start + i, idOf(node)) }));
      return edges;
    },
    nodes,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      get startCursor(): string | null {
        return cursorAt(0);
      },
      get endCursor(): string | null {
        return cursorAt(nodes.length - 1);
      },
    },
    totalCount: items.length,
    items,
  };
}
