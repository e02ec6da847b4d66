import type { Dataset, DocumentRecord, Entity, EntityKind, Evidence, Mention, Position, Predicate, Statement } from '../dataset/model.js';
import { normalizeAlias } from '../dataset/normalize-alias.js';
import { Adjacency, type GraphReader, type StatementEnds } from './adjacency.js';
import { buildGraph } from './build-graph.js';
import { GroupByIndex } from './group-by-index.js';
import { ListById } from './list-by-id.js';
import { buildListIndexes, type ListIndexes } from './list-indexes.js';
import type { DiplomacyGraph } from './types.js';
import { madeOnce } from './made-once.js';

/**
 * The dataset, its graph and every index queries need, built once at load time and never
 * changed afterwards. Graph-layer functions take it as their first argument.
 */
export interface KnowledgeGraph {
  readonly dataset: Dataset;
  /**
   * The graph as a graphology `MultiDirectedGraph`, for your own algorithms and graphology's
   * libraries. Built when first read (seconds at a million statements); queries do not need it.
   */
  readonly graph: DiplomacyGraph;
  /**
   * The same nodes and edges as `graph`, in the same order, read through graphology's API: what
   * queries traverse. Compact typed arrays, built with the other indexes.
   */
  readonly adjacency: GraphReader;
  readonly entityById: ReadonlyMap<string, Entity>;
  readonly statementById: ReadonlyMap<string, Statement>;
  readonly positionById: ReadonlyMap<string, Position>;
  readonly documentById: ReadonlyMap<string, DocumentRecord>;
  readonly predicateById: ReadonlyMap<string, Predicate>;
  /** Normalised name/alias → entity id (see {@link normalizeAlias}). */
  readonly aliasIndex: ReadonlyMap<string, string>;
  readonly entitiesByKind: ReadonlyMap<EntityKind, readonly Entity[]>;
  /** Statements whose subject is the entity. */
  readonly statementsBySubject: ReadonlyMap<string, readonly Statement[]>;
  /** Statements whose object is the entity. */
  readonly statementsByObject: ReadonlyMap<string, readonly Statement[]>;
  /** Statements that name the entity in a qualifier (location, counterpart, via). */
  readonly statementsByQualifier: ReadonlyMap<string, readonly Statement[]>;
  readonly statementsByDocument: ReadonlyMap<string, readonly Statement[]>;
  readonly positionsByHolder: ReadonlyMap<string, readonly Position[]>;
  /** Positions whose topic or `about` list names the entity. */
  readonly positionsByTarget: ReadonlyMap<string, readonly Position[]>;
  readonly positionsByDocument: ReadonlyMap<string, readonly Position[]>;
  readonly mentionsByEntity: ReadonlyMap<string, readonly Mention[]>;
  readonly mentionsByDocument: ReadonlyMap<string, readonly Mention[]>;
  /** Dataset order, source counts and degrees, for sorting, counting and cursors. */
  readonly lists: ListIndexes;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/** Items by id (a loop: `new Map(list.map(…))` would allocate a pair per item first). */
function byId<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) map.set(item.id, item);
  return map;
}

/** Id → index in `list`. */
function indexById(list: ReadonlyArray<{ readonly id: string }>): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < list.length; i++) map.set((list[i] as { readonly id: string }).id, i);
  return map;
}

/** Names and aliases (normalised) → entity id, the first entity to claim a form keeping it; entities by kind. */
function entityLookups(entities: readonly Entity[]): Pick<KnowledgeGraph, 'aliasIndex' | 'entitiesByKind'> {
  const aliasIndex = new Map<string, string>();
  const entitiesByKind = new Map<EntityKind, Entity[]>();
  for (const entity of entities) {
    for (const form of [entity.id, entity.name, ...entity.aliases, ...entity.lookupAliases]) {
      const key = normalizeAlias(form);
      if (key.length > 0 && !aliasIndex.has(key)) aliasIndex.set(key, entity.id);
    }
    push(entitiesByKind, entity.kind, entity);
  }
  return { aliasIndex, entitiesByKind };
}

/** How records refer to entities and documents: id → position in the dataset, and back. */
interface References {
  readonly entityCount: number;
  readonly documentCount: number;
  readonly entityIndex: ReadonlyMap<string, number>;
  readonly indexOf: (entityId: string) => number;
  readonly documentIndexOf: (documentId: string) => number;
  readonly entityId: (index: number) => string;
  readonly documentId: (index: number) => string;
}

function referencesOf({ entities, documents }: Dataset): References {
  // Small maps of their own rather than `lists.order`: a lookup per reference (millions) in a
  // 100k-entry Map stays mostly in cache; in the 1.2M-entry order Map it is mostly misses.
  const entityIndex = indexById(entities);
  const documentIndex = indexById(documents);
  const indexIn = (map: ReadonlyMap<string, number>, id: string): number => {
    const index = map.get(id);
    if (index === undefined) throw new Error(`createKnowledgeGraph: ${id} is not in the dataset (build datasets with buildDataset)`);
    return index;
  };
  return {
    entityCount: entities.length,
    documentCount: documents.length,
    entityIndex,
    indexOf: (id) => indexIn(entityIndex, id),
    documentIndexOf: (id) => indexIn(documentIndex, id),
    entityId: (index) => (entities[index] as Entity).id,
    documentId: (index) => (documents[index] as DocumentRecord).id,
  };
}

type StatementIndexes = Pick<
  KnowledgeGraph,
  'statementsBySubject' | 'statementsByObject' | 'statementsByQualifier' | 'statementsByDocument'
>;

/**
 * Statements by subject, object, qualifier entity and evidence document, each list in dataset
 * order; and each statement's ends as entity indexes, for the adjacency.
 */
function statementIndexes(statements: readonly Statement[], refs: References): StatementIndexes & { ends: StatementEnds } {
  const { indexOf, documentIndexOf } = refs;
  const ends = { subject: new Int32Array(statements.length), object: new Int32Array(statements.length) };
  const bySubject = new GroupByIndex<Statement>(refs.entityCount);
  const byObject = new GroupByIndex<Statement>(refs.entityCount);
  const byQualifier = new GroupByIndex<Statement>(refs.entityCount);
  const byDocument = new GroupByIndex<Statement>(refs.documentCount);
  // Indexed loops: each runs once, mostly before V8 optimises it, and `for…of` then allocates an
  // iterator result per item.
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as Statement;
    const subject = (ends.subject[i] = indexOf(s.subject));
    bySubject.push(subject, s);
    const object = (ends.object[i] = s.object === null ? -1 : indexOf(s.object));
    if (object >= 0) byObject.push(object, s);
    const q = s.qualifiers;
    if (q.location !== null) byQualifier.push(indexOf(q.location), s);
    if (q.counterpart !== null) byQualifier.push(indexOf(q.counterpart), s);
    if (q.via !== null) byQualifier.push(indexOf(q.via), s);
    const evidence = s.evidence;
    for (let j = 0; j < evidence.length; j++) byDocument.push(documentIndexOf((evidence[j] as Evidence).document), s);
  }
  return {
    ends,
    statementsBySubject: bySubject.toMap(refs.entityId),
    statementsByObject: byObject.toMap(refs.entityId),
    statementsByQualifier: byQualifier.toMap(refs.entityId),
    statementsByDocument: byDocument.toMap(refs.documentId),
  };
}

/** Positions by holder, by target (topic or `about`) and by evidence document. */
function positionIndexes(
  positions: readonly Position[],
  refs: References,
): Pick<KnowledgeGraph, 'positionsByHolder' | 'positionsByTarget' | 'positionsByDocument'> {
  const { indexOf, documentIndexOf } = refs;
  const byHolder = new GroupByIndex<Position>(refs.entityCount);
  const byTarget = new GroupByIndex<Position>(refs.entityCount);
  const byDocument = new GroupByIndex<Position>(refs.documentCount);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as Position;
    byHolder.push(indexOf(p.holder), p);
    byTarget.push(indexOf(p.topic), p);
    // `push` skips a position already last in the list: a topic repeated in `about` counts once.
    for (const id of p.about) byTarget.push(indexOf(id), p);
    for (const e of p.evidence) byDocument.push(documentIndexOf(e.document), p);
  }
  return {
    positionsByHolder: byHolder.toMap(refs.entityId),
    positionsByTarget: byTarget.toMap(refs.entityId),
    positionsByDocument: byDocument.toMap(refs.documentId),
  };
}

/** Mentions by entity and by document. */
function mentionIndexes(mentions: readonly Mention[], refs: References): Pick<KnowledgeGraph, 'mentionsByEntity' | 'mentionsByDocument'> {
  const byEntity = new GroupByIndex<Mention>(refs.entityCount);
  const byDocument = new GroupByIndex<Mention>(refs.documentCount);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    byEntity.push(refs.indexOf(m.entity), m);
    byDocument.push(refs.documentIndexOf(m.document), m);
  }
  return { mentionsByEntity: byEntity.toMap(refs.entityId), mentionsByDocument: byDocument.toMap(refs.documentId) };
}

/**
 * Builds the adjacency and all indexes for a validated dataset. The mention indexes, the largest
 * and the least used, are built when first read (as `dataset.mentions` of a snapshot is read): a
 * million statements have over two million mentions; so is the graphology graph, which queries
 * do not use.
 */
export function createKnowledgeGraph(dataset: Dataset): KnowledgeGraph {
  const { aliasIndex, entitiesByKind } = entityLookups(dataset.entities);
  const refs = referencesOf(dataset);
  const { ends, ...statementsBy } = statementIndexes(dataset.statements, refs);
  const positionsBy = positionIndexes(dataset.positions, refs);
  const mentionsBy = madeOnce(() => mentionIndexes(dataset.mentions, refs));
  const entityById = byId(dataset.entities);
  const lists = buildListIndexes(dataset, entityById, {
    ...statementsBy,
    ...positionsBy,
    get mentionsByEntity() {
      return mentionsBy().mentionsByEntity;
    },
  });
  const adjacency = new Adjacency(dataset, refs.entityIndex, ends);
  const graph = madeOnce(() => buildGraph(dataset, adjacency));
  return Object.freeze({
    dataset,
    get graph() {
      return graph();
    },
    adjacency,
    entityById,
    statementById: new ListById(dataset.statements, lists.order),
    positionById: new ListById(dataset.positions, lists.order),
    documentById: byId(dataset.documents),
    predicateById: byId(dataset.predicates),
    aliasIndex,
    entitiesByKind,
    ...statementsBy,
    ...positionsBy,
    get mentionsByEntity() {
      return mentionsBy().mentionsByEntity;
    },
    get mentionsByDocument() {
      return mentionsBy().mentionsByDocument;
    },
    lists,
  });
}
