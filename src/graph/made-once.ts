/** `make()`'s value, made when first asked for and kept (for load-time indexes built on first use). */
export function madeOnce<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
