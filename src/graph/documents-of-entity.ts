import type { DocumentRecord, Evidence, Mention, Position, Statement } from '../dataset/model.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { perGraph } from './per-graph.js';
import { requireEntity } from './require-entity.js';

function inDatasetOrder(kg: KnowledgeGraph, ids: ReadonlySet<string>): DocumentRecord[] {
  return kg.dataset.documents.filter((d) => ids.has(d.id));
}

/** Documents in which an alias of the entity occurs. */
export function documentsMentioning(kg: KnowledgeGraph, entityId: string): DocumentRecord[] {
  return inDatasetOrder(kg, new Set((kg.mentionsByEntity.get(entityId) ?? []).map((m) => m.document)));
}

/** Documents whose quotes support a statement or position involving the entity. */
export function documentsSupporting(kg: KnowledgeGraph, entityId: string): DocumentRecord[] {
  const ids = new Set<string>();
  const lists = [
    kg.statementsBySubject.get(entityId),
    kg.statementsByObject.get(entityId),
    kg.statementsByQualifier.get(entityId),
    kg.positionsByHolder.get(entityId),
    kg.positionsByTarget.get(entityId),
  ];
  for (const list of lists) for (const item of list ?? []) for (const e of item.evidence) ids.add(e.document);
  return inDatasetOrder(kg, ids);
}

/** A document that mentions an entity, with every mention (alias and offsets) in text order. */
export interface DocumentMentions {
  readonly document: DocumentRecord;
  readonly mentions: readonly Mention[];
}

/**
 * The documents that mention the entity named by `entity` (id or alias), each with its mentions:
 * most mentions first, ties in dataset order. An unknown entity throws an `UnknownEntityError`.
 */
export function entityMentionsByDocument(kg: KnowledgeGraph, entity: string): DocumentMentions[] {
  const resolved = requireEntity(kg, entity, 'entity');
  const byDocument = new Map<string, Mention[]>();
  for (const m of kg.mentionsByEntity.get(resolved.id) ?? []) byDocument.set(m.document, [...(byDocument.get(m.document) ?? []), m]);
  return inDatasetOrder(kg, new Set(byDocument.keys()))
    .map((document) => ({ document, mentions: (byDocument.get(document.id) ?? []).sort((a, b) => a.start - b.start) }))
    .sort((a, b) => b.mentions.length - a.mentions.length);
}

/** Index of each statement and position in the dataset, to restore dataset order cheaply. */
const datasetOrder = perGraph((kg) => ({
  statements: new Map(kg.dataset.statements.map((s, i) => [s, i])),
  positions: new Map(kg.dataset.positions.map((p, i) => [p, i])),
}));

/** A document whose quotes support statements or positions involving an entity. */
export interface DocumentSupport {
  readonly document: DocumentRecord;
  /** Statements with the entity as subject, object or qualifier that this document quotes, in dataset order. */
  readonly statements: readonly Statement[];
  /** Positions held by or about the entity that this document quotes, in dataset order. */
  readonly positions: readonly Position[];
}

/**
 * The documents supporting what the graph says about the entity named by `entity` (id or alias),
 * each with the statements and positions it supports: most facts first, ties in dataset order.
 * An unknown entity throws an `UnknownEntityError`.
 */
export function entitySupportByDocument(kg: KnowledgeGraph, entity: string): DocumentSupport[] {
  const id = requireEntity(kg, entity, 'entity').id;
  const statements = new Set([
    ...(kg.statementsBySubject.get(id) ?? []),
    ...(kg.statementsByObject.get(id) ?? []),
    ...(kg.statementsByQualifier.get(id) ?? []),
  ]);
  const positions = new Set([...(kg.positionsByHolder.get(id) ?? []), ...(kg.positionsByTarget.get(id) ?? [])]);
  const documentsOf = (evidence: readonly Evidence[]): Set<string> => new Set(evidence.map((e) => e.document));
  const support = new Map<string, { statements: Statement[]; positions: Position[] }>();
  const entry = (document: string) => {
    let found = support.get(document);
    if (!found) {
      found = { statements: [], positions: [] };
      support.set(document, found);
    }
    return found;
  };
  const order = datasetOrder(kg);
  const statementOrder = (a: Statement, b: Statement): number => (order.statements.get(a) ?? 0) - (order.statements.get(b) ?? 0);
  const positionOrder = (a: Position, b: Position): number => (order.positions.get(a) ?? 0) - (order.positions.get(b) ?? 0);
  for (const s of [...statements].sort(statementOrder)) for (const d of documentsOf(s.evidence)) entry(d).statements.push(s);
  for (const p of [...positions].sort(positionOrder)) for (const d of documentsOf(p.evidence)) entry(d).positions.push(p);
  return inDatasetOrder(kg, new Set(support.keys()))
    .map((document) => ({ document, ...(support.get(document.id) as { statements: Statement[]; positions: Position[] }) }))
    .sort((a, b) => b.statements.length + b.positions.length - (a.statements.length + a.positions.length));
}
