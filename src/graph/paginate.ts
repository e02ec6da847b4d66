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
  readonly totalCount: number;
}

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Largest page any list returns, whatever `first` asks for. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Cursor of an item: its id, base64url-encoded (stable for the life of the dataset version). */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  return Buffer.from(cursor, 'base64url').toString('utf8');
}

/**
 * Cuts one page out of an ordered list. `first` is capped at {@link MAX_PAGE_SIZE} here, so no
 * variable can lift it; `after` is the cursor of the last item of the previous page.
 */
export function paginate<T>(items: readonly T[], idOf: (item: T) => string, args: PageArgs = {}): ConnectionModel<T> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw new InvalidArgumentError(`first must be a non-negative integer, got ${first}`);
  const size = Math.min(first, MAX_PAGE_SIZE);
  let offset = 0;
  if (args.after !== null && args.after !== undefined) {
    const afterId = decodeCursor(args.after);
    const index = items.findIndex((item) => idOf(item) === afterId);
    if (index === -1) throw new InvalidArgumentError(`after: cursor "${args.after}" does not belong to this list`);
    offset = index + 1;
  }
  const nodes = items.slice(offset, offset + size);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(idOf(node)) }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: offset + size < items.length,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
