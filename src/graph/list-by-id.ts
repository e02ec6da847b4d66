/**
 * A read-only map from id to item over a dataset list and one shared id → index map, instead of
 * a Map per list: a million statements need their position in the list anyway (for the default
 * order and cursors), and a second million-entry Map per list would cost memory and load time.
 * Ids of different lists never collide (`statement:…`, `position:…`, `document:…`, entity kinds),
 * and an index found for another list's id is rejected by comparing the item's id.
 */
export class ListById<T extends { readonly id: string }> implements ReadonlyMap<string, T> {
  constructor(
    private readonly list: readonly T[],
    private readonly indexOf: ReadonlyMap<string, number>,
  ) {}

  get(id: string): T | undefined {
    const index = this.indexOf.get(id);
    if (index === undefined) return undefined;
    const item = this.list[index];
    return item !== undefined && item.id === id ? item : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    return this.list.length;
  }

  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    for (const item of this.list) callback.call(thisArg, item, item.id, this);
  }

  *entries(): IterableIterator<[string, T]> {
    for (const item of this.list) yield [item.id, item];
  }

  *keys(): IterableIterator<string> {
    for (const item of this.list) yield item.id;
  }

  *values(): IterableIterator<T> {
    yield* this.list;
  }

  [Symbol.iterator](): IterableIterator<[string, T]> {
    return this.entries();
  }
}
