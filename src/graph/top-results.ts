/**
 * The best `size` of the items offered: highest score first, ties by id. A min-heap of the kept
 * ones, so that keeping the top 10 of a million matches costs a comparison per match, not a sort.
 */
export class TopResults {
  private readonly heap: Array<{ item: number; score: number }> = [];
  constructor(
    private readonly size: number,
    private readonly idOf: (item: number) => string,
  ) {}

  /** True when `a` ranks below `b`. */
  private below(a: { item: number; score: number }, b: { item: number; score: number }): boolean {
    return a.score < b.score || (a.score === b.score && this.idOf(a.item) > this.idOf(b.item));
  }

  offer(item: number, score: number): void {
    const entry = { item, score };
    const heap = this.heap;
    if (heap.length < this.size) {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.below(heap[i] as typeof entry, heap[parent] as typeof entry)) break;
        [heap[i], heap[parent]] = [heap[parent] as typeof entry, heap[i] as typeof entry];
        i = parent;
      }
    } else if (heap.length > 0 && this.below(heap[0] as typeof entry, entry)) {
      heap[0] = entry;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let lowest = i;
        if (left < heap.length && this.below(heap[left] as typeof entry, heap[lowest] as typeof entry)) lowest = left;
        if (right < heap.length && this.below(heap[right] as typeof entry, heap[lowest] as typeof entry)) lowest = right;
        if (lowest === i) break;
        [heap[i], heap[lowest]] = [heap[lowest] as typeof entry, heap[i] as typeof entry];
        i = lowest;
      }
    }
  }

  /** The kept items, best first. */
  ranked(): Array<{ item: number; score: number }> {
    return [...this.heap].sort((a, b) => (this.below(a, b) ? 1 : this.below(b, a) ? -1 : 0));
  }
}
