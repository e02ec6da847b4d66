import type { Dataset, Evidence } from '../dataset/model.js';

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

function documentsOf(evidence: readonly Evidence[]): Set<string> {
  return new Set(evidence.map((e) => e.document));
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Builds the {@link ListIndexes} of a dataset. */
export function buildListIndexes(dataset: Dataset): ListIndexes {
  const order = new Map<string, number>();
  for (const list of [dataset.entities, dataset.statements, dataset.positions, dataset.documents]) {
    list.forEach((item, index) => order.set(item.id, index));
  }

  const sourceCount = new Map<string, number>();
  const statementCount = new Map<string, number>();
  const supporting = new Map<string, Set<string>>();
  const support = (entityId: string | null, documents: ReadonlySet<string>): void => {
    if (entityId === null) return;
    let set = supporting.get(entityId);
    if (!set) supporting.set(entityId, (set = new Set()));
    for (const d of documents) set.add(d);
  };

  for (const s of dataset.statements) {
    const documents = documentsOf(s.evidence);
    sourceCount.set(s.id, documents.size);
    increment(statementCount, s.subject);
    if (s.object !== null && s.object !== s.subject) increment(statementCount, s.object);
    for (const id of [s.subject, s.object, s.qualifiers.location, s.qualifiers.counterpart, s.qualifiers.via]) support(id, documents);
  }

  const positionCount = new Map<string, number>();
  for (const p of dataset.positions) {
    const documents = documentsOf(p.evidence);
    sourceCount.set(p.id, documents.size);
    increment(positionCount, p.holder);
    for (const id of [p.holder, p.topic, ...p.about]) support(id, documents);
  }

  const mentionCount = new Map<string, number>();
  for (const m of dataset.mentions) increment(mentionCount, m.entity);

  const entitySourceCount = new Map<string, number>();
  for (const [id, documents] of supporting) entitySourceCount.set(id, documents.size);

  return { order, sourceCount, statementCount, entitySourceCount, mentionCount, positionCount };
}
