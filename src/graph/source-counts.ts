import type { Evidence } from '../dataset/model.js';

/** Number of distinct documents among a list of evidence (one Set only when there are several entries). */
function distinctDocumentCount(evidence: readonly Evidence[]): number {
  if (evidence.length <= 1) return evidence.length;
  return new Set(evidence.map((e) => e.document)).size;
}

/**
 * Statement or position id → number of distinct documents among its evidence, computed when
 * asked from the fact itself: counting takes a glance at one or two evidence entries, and a
 * stored Map would hold a million entries for a million statements.
 */
export class SourceCounts implements ReadonlyMap<string, number> {
  constructor(
    private readonly facts: ReadonlyArray<ReadonlyMap<string, { readonly id: string; readonly evidence: readonly Evidence[] }>>,
  ) {}

  get(id: string): number | undefined {
    for (const byId of this.facts) {
      const fact = byId.get(id);
      if (fact !== undefined) return distinctDocumentCount(fact.evidence);
    }
    return undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    let size = 0;
    for (const byId of this.facts) size += byId.size;
    return size;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (const [id, count] of this.entries()) callback.call(thisArg, count, id, this);
  }

  *entries(): IterableIterator<[string, number]> {
    for (const byId of this.facts) for (const fact of byId.values()) yield [fact.id, distinctDocumentCount(fact.evidence)];
  }

  *keys(): IterableIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): IterableIterator<number> {
    for (const [, count] of this.entries()) yield count;
  }

  [Symbol.iterator](): IterableIterator<[string, number]> {
    return this.entries();
  }
}
