import type { Entity, Evidence, Position, Statement } from '../dataset/model.js';

/** The lists of facts by entity whose evidence an entity's source documents come from. */
export interface FactsOfEntity {
  readonly statementsBySubject: ReadonlyMap<string, readonly Statement[]>;
  readonly statementsByObject: ReadonlyMap<string, readonly Statement[]>;
  readonly statementsByQualifier: ReadonlyMap<string, readonly Statement[]>;
  readonly positionsByHolder: ReadonlyMap<string, readonly Position[]>;
  readonly positionsByTarget: ReadonlyMap<string, readonly Position[]>;
}

/** Adds the documents of each fact's evidence to `documents`. */
function addDocuments(facts: ReadonlyArray<{ readonly evidence: readonly Evidence[] }>, documents: Set<string>): void {
  for (let i = 0; i < facts.length; i++) {
    const evidence = (facts[i] as { readonly evidence: readonly Evidence[] }).evidence;
    for (let j = 0; j < evidence.length; j++) documents.add((evidence[j] as Evidence).document);
  }
}

/**
 * Entity id → number of distinct documents supporting a statement (as subject, object or in a
 * qualifier) or a position (as holder, topic or in `about`) involving the entity; entities with
 * none are absent. Counted when an entity is first asked for, from its facts (cost: its facts'
 * evidence, as for any neighbourhood query), and kept: counting every entity at load time took
 * about 2 s at a million statements, for a field few requests read (sorting or filtering
 * entities by it counts them all once).
 */
export class EntitySourceCounts implements ReadonlyMap<string, number> {
  private readonly counted = new Map<string, number>();
  /** One reused Set: no Set per entity. */
  private readonly documents = new Set<string>();

  constructor(
    private readonly entities: readonly Entity[],
    private readonly entityById: ReadonlyMap<string, Entity>,
    private readonly facts: FactsOfEntity,
  ) {}

  get(id: string): number | undefined {
    if (!this.entityById.has(id)) return undefined;
    let count = this.counted.get(id);
    if (count === undefined) {
      count = this.count(id);
      // Kept for the dataset's entities only: other ids never grow the map.
      this.counted.set(id, count);
    }
    return count > 0 ? count : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    let size = 0;
    for (const { id } of this.entities) if (this.has(id)) size++;
    return size;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (const [id, count] of this.entries()) callback.call(thisArg, count, id, this);
  }

  *entries(): IterableIterator<[string, number]> {
    for (const { id } of this.entities) {
      const count = this.get(id);
      if (count !== undefined) yield [id, count];
    }
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

  private count(id: string): number {
    const { facts, documents } = this;
    documents.clear();
    for (const list of [
      facts.statementsBySubject.get(id),
      facts.statementsByObject.get(id),
      facts.statementsByQualifier.get(id),
      facts.positionsByHolder.get(id),
      facts.positionsByTarget.get(id),
    ])
      if (list) addDocuments(list, documents);
    return documents.size;
  }
}
