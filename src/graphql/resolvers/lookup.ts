import type { DocumentRecord, Entity } from '../../dataset/model.js';
import { DiplomacyGraphError } from '../../errors.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';

/** The entity with `id`; the dataset guarantees references resolve, so a miss is a bug. */
export function entityRef(kg: KnowledgeGraph, id: string): Entity {
  const entity = kg.entityById.get(id);
  if (!entity) throw new DiplomacyGraphError('INTERNAL', `dangling entity reference ${id}`);
  return entity;
}

/** The document with `id`; a miss is a bug (references are checked at load). */
export function documentRef(kg: KnowledgeGraph, id: string): DocumentRecord {
  const doc = kg.documentById.get(id);
  if (!doc) throw new DiplomacyGraphError('INTERNAL', `dangling document reference ${id}`);
  return doc;
}

/** `entityRef` for optional references. */
export function optionalEntityRef(kg: KnowledgeGraph, id: string | null): Entity | null {
  return id === null ? null : entityRef(kg, id);
}

/** Distinct documents of a list of evidence, in order of first appearance. */
export function evidenceDocuments(kg: KnowledgeGraph, evidence: ReadonlyArray<{ document: string }>): DocumentRecord[] {
  return [...new Set(evidence.map((e) => e.document))].map((id) => documentRef(kg, id));
}
