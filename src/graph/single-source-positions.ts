import type { Position } from '../dataset/model.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { resolveEntity } from './resolve-entity.js';

export interface SingleSourcePositionsOptions {
  /** Only positions whose one source is this document (id). */
  readonly document?: string | null;
  /** Only positions held by this entity (id or alias). */
  readonly holder?: string | null;
}

/**
 * Positions whose evidence comes from exactly one document: stated positions only one source
 * reports. In dataset order. An unknown document or holder gives an empty list.
 */
export function singleSourcePositions(kg: KnowledgeGraph, options: SingleSourcePositionsOptions = {}): Position[] {
  const { document, holder } = options;
  let candidates: readonly Position[] = kg.dataset.positions;
  if (holder !== null && holder !== undefined) {
    const resolved = resolveEntity(kg, holder);
    candidates = resolved ? (kg.positionsByHolder.get(resolved.id) ?? []) : [];
  }
  if (document !== null && document !== undefined) candidates = candidates.filter((p) => p.evidence.some((e) => e.document === document));
  return candidates.filter((p) => p.evidence.every((e) => e.document === p.evidence[0]?.document));
}
