import type { DocumentRecord } from '../dataset/model.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

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
