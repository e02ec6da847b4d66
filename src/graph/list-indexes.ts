import type { Dataset, Entity, Evidence, Mention, Position, Statement } from '../dataset/model.js';
import { ListById } from './list-by-id.js';
import { SourceCounts } from './source-counts.js';

/**
 * Load-time indexes behind sorting, counting and cursors: built once in `createKnowledgeGraph`,
 * so no request sorts or counts by resolving fields.
 */
export interface ListIndexes {
  /** Id → index in its dataset list (entities, statements, positions, documents): the default order. */
  readonly order: ReadonlyMap<string, number>;
  /** Statement or position id → number of distinct documents among its evidence. */
  readonly sourceCount: ReadonlyMap<string, number>;
  /** Entity id → number of distinct statements with the entity as subject or object (its degree). */
  readonly statementCount: ReadonlyMap<string, number>;
  /**
   * Entity id → number of distinct documents supporting a statement (as subject, object or in a
   * qualifier) or a position (as holder, topic or in `about`) involving the entity.
   */
  readonly entitySourceCount: ReadonlyMap<string, number>;
  /** Entity id → number of mentions in the documents. */
  readonly mentionCount: ReadonlyMap<string, number>;
  /** Entity id → number of positions the entity stated. */
  readonly positionCount: ReadonlyMap<string, number>;
}

/**
 * The distinct documents of a list of evidence. Nearly every fact has one evidence entry, or all
 * from one document: those share a one-element list per document instead of a Set each (a
 * million statements would otherwise allocate a million Sets).
 */
function documentsOf(evidence: readonly Evidence[], single: Map<string, readonly string[]>): readonly string[] {
  const first = evidence[0]?.document;
  if (first === undefined) return [];
  let same = true;
  for (let i = 1; i < evidence.length && same; i++) same = (evidence[i] as Evidence).document === first;
  if (same) {
    let list = single.get(first);
    if (!list) single.set(first, (list = [first]));
    return list;
  }
  return [...new Set(evidence.map((e) => e.document))];
}

/**
 * Counts by dataset index, turned into a Map (id → count) at the end, keys in the order of their
 * first count: a Map lookup per counted item would mostly be cache misses at a million statements.
 */
class Counter {
  private readonly counts: Int32Array;
  private readonly firstSeen: number[] = [];

  constructor(size: number) {
    this.counts = new Int32Array(size);
  }

  add(index: number): void {
    const count = this.counts[index] ?? 0;
    this.counts[index] = count + 1;
    if (count === 0) this.firstSeen.push(index);
  }

  toMap(keys: (index: number) => string): Map<string, number> {
    const map = new Map<string, number>();
    for (const index of this.firstSeen) map.set(keys(index), this.counts[index] as number);
    return map;
  }
}

/**
 * Builds the {@link ListIndexes} of a dataset. Loops are indexed: they run once, mostly before
 * V8 optimises them, and `for…of` then allocates an iterator result per item.
 */
export function buildListIndexes(dataset: Dataset): ListIndexes {
  const order = new Map<string, number>();
  for (const list of [dataset.entities, dataset.statements, dataset.positions, dataset.documents]) {
    for (let i = 0; i < list.length; i++) order.set((list[i] as { readonly id: string }).id, i);
  }
  const { entities, statements, positions, mentions } = dataset;
  // Entity references are looked up in a Map of entities only: a lookup per reference (millions)
  // in a 100k-entry Map stays mostly in cache; in the 1.2M-entry order Map it is mostly misses.
  const entityIndex = new Map<string, number>();
  for (let i = 0; i < entities.length; i++) entityIndex.set((entities[i] as Entity).id, i);
  const indexOf = (id: string): number => {
    const index = entityIndex.get(id);
    if (index === undefined) throw new Error(`buildListIndexes: ${id} is not in the dataset (build datasets with buildDataset)`);
    return index;
  };
  const entityId = (index: number): string => (entities[index] as Entity).id;

  const statementCount = new Counter(entities.length);
  const supporting: Array<Set<string> | undefined> = new Array<Set<string> | undefined>(entities.length).fill(undefined);
  const supportOrder: number[] = [];
  const support = (entityId: string | null, documents: readonly string[]): void => {
    if (entityId === null) return;
    const index = indexOf(entityId);
    let set = supporting[index];
    if (!set) {
      supporting[index] = set = new Set();
      supportOrder.push(index);
    }
    for (let i = 0; i < documents.length; i++) set.add(documents[i] as string);
  };
  const single = new Map<string, readonly string[]>();

  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as Statement;
    const documents = documentsOf(s.evidence, single);
    statementCount.add(indexOf(s.subject));
    if (s.object !== null && s.object !== s.subject) statementCount.add(indexOf(s.object));
    support(s.subject, documents);
    support(s.object, documents);
    support(s.qualifiers.location, documents);
    support(s.qualifiers.counterpart, documents);
    support(s.qualifiers.via, documents);
  }

  const positionCount = new Counter(entities.length);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as Position;
    const documents = documentsOf(p.evidence, single);
    positionCount.add(indexOf(p.holder));
    support(p.holder, documents);
    support(p.topic, documents);
    for (const id of p.about) support(id, documents);
  }
  const sourceCount = new SourceCounts([new ListById(statements, order), new ListById(positions, order)]);

  const mentionCount = new Counter(entities.length);
  for (let i = 0; i < mentions.length; i++) mentionCount.add(indexOf((mentions[i] as Mention).entity));

  const entitySourceCount = new Map<string, number>();
  for (const index of supportOrder) entitySourceCount.set(entityId(index), (supporting[index] as Set<string>).size);

  return {
    order,
    sourceCount,
    statementCount: statementCount.toMap(entityId),
    entitySourceCount,
    mentionCount: mentionCount.toMap(entityId),
    positionCount: positionCount.toMap(entityId),
  };
}
