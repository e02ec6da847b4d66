import type { Check } from './check.js';
import type { StringFilter } from './types.js';

/** Lower-cases and strips diacritics, so "Tokáev" and "TOKAEV" compare equal to "tokaev". */
function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Compiles string operators into a check on a nullable string. `eq` and `in` compare exactly;
 * `contains` and `startsWith` ignore case and diacritics. Every operator given must hold; a null
 * string matches none. Null when the filter sets no operator.
 */
export function compileStringFilter(filter: StringFilter | null | undefined): Check<string | null> | null {
  if (!filter) return null;
  const checks: Array<(value: string) => boolean> = [];
  const { eq, in: values, contains, startsWith } = filter;
  if (eq !== null && eq !== undefined) checks.push((value) => value === eq);
  if (values !== null && values !== undefined) {
    const set = new Set(values);
    checks.push((value) => set.has(value));
  }
  if (contains !== null && contains !== undefined) {
    const needle = foldText(contains);
    checks.push((value) => foldText(value).includes(needle));
  }
  if (startsWith !== null && startsWith !== undefined) {
    const needle = foldText(startsWith);
    checks.push((value) => foldText(value).startsWith(needle));
  }
  if (checks.length === 0) return null;
  return (value) => value !== null && checks.every((check) => check(value));
}
