import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, decodeCursor, encodeCursor, paginate } from '../../src/graph/paginate.js';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `item:${i}`);
const page = (items: readonly string[], args: Parameters<typeof paginate>[2]) => paginate(items, (s) => s, args);

describe('paginate', () => {
  const items = ids(10);

  it('returns the first page with exact page info and the total', () => {
    const result = page(items, { first: 3 });
    expect(result.nodes).toEqual(['item:0', 'item:1', 'item:2']);
    expect(result.edges.map((e) => e.node)).toEqual(result.nodes);
    expect(result.totalCount).toBe(10);
    expect(result.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(0, 'item:0'),
      endCursor: encodeCursor(2, 'item:2'),
    });
  });

  it('continues after a cursor, and the same item keeps the same cursor', () => {
    const first = page(items, { first: 3 });
    const second = page(items, { first: 3, after: first.pageInfo.endCursor });
    expect(second.nodes).toEqual(['item:3', 'item:4', 'item:5']);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(page(items, { first: 6 }).edges.slice(3)).toEqual(second.edges);
  });

  it('pages backwards with last/before', () => {
    const tail = page(items, { last: 4 });
    expect(tail.nodes).toEqual(['item:6', 'item:7', 'item:8', 'item:9']);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = page(items, { last: 4, before: tail.pageInfo.startCursor });
    expect(before.nodes).toEqual(['item:2', 'item:3', 'item:4', 'item:5']);
    expect(page(items, { last: 4, before: before.pageInfo.startCursor }).nodes).toEqual(['item:0', 'item:1']);
  });

  it('bounds a window with both after and before', () => {
    const after = encodeCursor(1, 'item:1');
    const before = encodeCursor(5, 'item:5');
    expect(page(items, { after, before }).nodes).toEqual(['item:2', 'item:3', 'item:4']);
    expect(page(items, { after: before, before: after }).nodes).toEqual([]);
  });

  it('defaults to DEFAULT_PAGE_SIZE and caps every page at MAX_PAGE_SIZE', () => {
    const many = ids(MAX_PAGE_SIZE + 50);
    expect(page(many, {}).nodes).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(page(many, { first: 10_000 }).nodes).toHaveLength(MAX_PAGE_SIZE);
    expect(page(many, { last: 10_000 }).nodes).toHaveLength(MAX_PAGE_SIZE);
    expect(page(many, { first: 0 }).nodes).toEqual([]);
  });

  it('encodes the index and the id in a cursor', () => {
    expect(decodeCursor(encodeCursor(42, 'statement:a:b'))).toEqual({ index: 42, id: 'statement:a:b' });
    expect(decodeCursor('not a cursor!')).toBeNull();
    expect(decodeCursor(Buffer.from('x:item:1').toString('base64url'))).toBeNull();
  });

  it.each([
    [{ first: -1 }, 'first must be a non-negative integer'],
    [{ last: 1.5 }, 'last must be a non-negative integer'],
    [{ first: 1, last: 1 }, 'first or last, not both'],
    [{ after: 'garbage' }, 'is not a cursor'],
    [{ after: encodeCursor(3, 'item:4') }, 'does not belong to this list'],
    [{ before: encodeCursor(99, 'item:99') }, 'does not belong to this list'],
  ])('rejects %j', (args, message) => {
    expect(() => page(items, args)).toThrow(InvalidArgumentError);
    expect(() => page(items, args)).toThrow(message);
  });

  it('visits every item exactly once, in order, paging forwards or backwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 12 }), (length, size) => {
        const list = ids(length);
        const forward: string[] = [];
        let after: string | null = null;
        for (;;) {
          const p = page(list, { first: size, after });
          forward.push(...p.nodes);
          expect(p.totalCount).toBe(length);
          if (!p.pageInfo.hasNextPage) break;
          after = p.pageInfo.endCursor;
        }
        expect(forward).toEqual(list);

        const backward: string[] = [];
        let before: string | null = null;
        for (;;) {
          const p = page(list, { last: size, before });
          backward.unshift(...p.nodes);
          if (!p.pageInfo.hasPreviousPage) break;
          before = p.pageInfo.startCursor;
        }
        expect(backward).toEqual(list);
      }),
    );
  });
});
