/**
 * Whether `value` (parsed JSON: objects, arrays and scalars) nests deeper than `maxDepth` levels
 * of objects and arrays. Walks with an explicit stack, never recursion, so any depth is safe to
 * ask about; it stops at the first path past the limit. Also true past `maxNodes` values, so
 * that a wide value cannot make the walk itself expensive.
 */
export function jsonDepthExceeds(value: unknown, maxDepth: number, maxNodes = 1_000_000): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: Array<{ readonly item: object; readonly depth: number }> = [{ item: value, depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { item, depth } = stack.pop() as { item: object; depth: number };
    if (depth > maxDepth) return true;
    const children: unknown[] = Array.isArray(item) ? (item as unknown[]) : Object.values(item);
    nodes += children.length;
    if (nodes > maxNodes) return true;
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push({ item: child, depth: depth + 1 });
    }
  }
  return false;
}
