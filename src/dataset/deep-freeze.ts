/**
 * Freezes an object graph in place and returns it, typed as read-only. Typed arrays are left as
 * they are; already frozen objects (shared constants) are not walked again. Arrays are walked by
 * index and objects with `for…in` over own keys, so a million-entry dataset does not allocate a
 * key list per object.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') deepFreeze(item);
    }
  } else {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') deepFreeze(item);
    }
  }
  return value;
}
