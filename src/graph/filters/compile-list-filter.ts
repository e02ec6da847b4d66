import type { Check } from './check.js';
import type { ListFilter } from './types.js';

/**
 * Compiles a relationship filter on a list: `some` (at least one item matches), `none` (no item
 * matches), `all` (every item matches; true for an empty list). Every quantifier given must hold.
 * `compileItem` compiles the item filter; its null (an empty filter) matches every item. Null when
 * the filter sets no quantifier.
 */
export function compileListFilter<T, W>(
  filter: ListFilter<W> | null | undefined,
  path: string,
  compileItem: (where: W, path: string) => Check<T> | null,
): Check<Iterable<T>> | null {
  if (!filter) return null;
  const checks: Array<Check<Iterable<T>>> = [];
  if (filter.some !== null && filter.some !== undefined) {
    const item = compileItem(filter.some, `${path}.some`) ?? (() => true);
    checks.push((items) => {
      for (const x of items) if (item(x)) return true;
      return false;
    });
  }
  if (filter.none !== null && filter.none !== undefined) {
    const item = compileItem(filter.none, `${path}.none`) ?? (() => true);
    checks.push((items) => {
      for (const x of items) if (item(x)) return false;
      return true;
    });
  }
  if (filter.all !== null && filter.all !== undefined) {
    const item = compileItem(filter.all, `${path}.all`);
    if (item !== null) {
      checks.push((items) => {
        for (const x of items) if (!item(x)) return false;
        return true;
      });
    }
  }
  if (checks.length === 0) return null;
  return (items) => checks.every((check) => check(items));
}
