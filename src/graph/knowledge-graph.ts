import type { Dataset, DocumentRecord, Entity, EntityKind, Mention, Position, Predicate, Statement } from '../dataset/model.js';
import { normalizeAlias } from '../dataset/normalize-alias.js';
import { buildGraph } from './build-graph.js';
import { buildListIndexes, type ListIndexes } from './list-indexes.js';
import type { DiplomacyGraph } from './types.js';

/**
 * The dataset, its graph and every index queries need, built once at load time and never
 * changed afterwards. Graph-layer functions take it as their first argument.
 */
export interface KnowledgeGraph {
  readonly dataset: Dataset;
  readonly graph: DiplomacyGraph;
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

/** Builds the graph and all indexes for a validated dataset. */
export function createKnowledgeGraph(dataset: Dataset): KnowledgeGraph {
  const aliasIndex = new Map<string, string>();
  const entitiesByKind = new Map<EntityKind, Entity[]>();
  for (const entity of dataset.entities) {
    for (const form of [entity.id, entity.name, ...entity.aliases, ...entity.lookupAliases]) {
      const key = normalizeAlias(form);
      if (key.length > 0 && !aliasIndex.has(key)) aliasIndex.set(key, entity.id);
    }
    push(entitiesByKind, entity.kind, entity);
  }

  const statementsBySubject = new Map<string, Statement[]>();
  const statementsByObject = new Map<string, Statement[]>();
  const statementsByQualifier = new Map<string, Statement[]>();
  const statementsByDocument = new Map<string, Statement[]>();
  for (const s of dataset.statements) {
    push(statementsBySubject, s.subject, s);
    if (s.object !== null) push(statementsByObject, s.object, s);
    for (const id of [s.qualifiers.location, s.qualifiers.counterpart, s.qualifiers.via]) {
      if (id !== null) push(statementsByQualifier, id, s);
    }
    for (const e of s.evidence) push(statementsByDocument, e.document, s);
  }

  const positionsByHolder = new Map<string, Position[]>();
  const positionsByTarget = new Map<string, Position[]>();
  const positionsByDocument = new Map<string, Position[]>();
  for (const p of dataset.positions) {
    push(positionsByHolder, p.holder, p);
    for (const id of new Set([p.topic, ...p.about])) push(positionsByTarget, id, p);
    for (const e of p.evidence) push(positionsByDocument, e.document, p);
  }

  const mentionsByEntity = new Map<string, Mention[]>();
  const mentionsByDocument = new Map<string, Mention[]>();
  for (const m of dataset.mentions) {
    push(mentionsByEntity, m.entity, m);
    push(mentionsByDocument, m.document, m);
  }

  const graph = buildGraph(dataset);
  return Object.freeze({
    dataset,
    graph,
    entityById: new Map(dataset.entities.map((e) => [e.id, e])),
    statementById: new Map(dataset.statements.map((s) => [s.id, s])),
    positionById: new Map(dataset.positions.map((p) => [p.id, p])),
    documentById: new Map(dataset.documents.map((d) => [d.id, d])),
    predicateById: new Map(dataset.predicates.map((p) => [p.id, p])),
    aliasIndex,
    entitiesByKind,
    statementsBySubject,
    statementsByObject,
    statementsByQualifier,
    statementsByDocument,
    positionsByHolder,
    positionsByTarget,
    positionsByDocument,
    mentionsByEntity,
    mentionsByDocument,
    lists: buildListIndexes(dataset),
  });
}
