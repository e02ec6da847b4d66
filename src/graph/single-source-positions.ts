import type { Position } from '../dataset/model.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { perGraph } from './per-graph.js';
import { requireEntity } from './require-entity.js';

export interface SingleSourcePositionsOptions {
  /** Only positions whose one source is this document (id). */
  readonly document?: string | null;
  /** Only positions held by this entity (id or alias). */
  readonly holder?: string | null;
}

const restsOnOneDocument = (p: Position): boolean => p.evidence.every((e) => e.document === p.evidence[0]?.document);

/** Every single-source position, in dataset order: computed on first use, then cached. */
const allSingleSource = perGraph((kg) => kg.dataset.positions.filter(restsOnOneDocument));

/**
 * Positions whose evidence comes from exactly one document: stated positions only one source
 * reports. In dataset order. An unknown document gives an empty list; an unknown holder throws an
 * `UnknownEntityError`.
 */
export function singleSourcePositions(kg: KnowledgeGraph, options: SingleSourcePositionsOptions = {}): readonly Position[] {
  const { document, holder } = options;
  let candidates: readonly Position[];
  if (holder !== null && holder !== undefined) {
    const resolved = requireEntity(kg, holder, 'holder');
    candidates = (kg.positionsByHolder.get(resolved.id) ?? []).filter(restsOnOneDocument);
  } else if (document !== null && document !== undefined) {
    candidates = (kg.positionsByDocument.get(document) ?? []).filter(restsOnOneDocument);
  } else {
    candidates = allSingleSource(kg);
  }
  return document !== null && document !== undefined ? candidates.filter((p) => p.evidence[0]?.document === document) : candidates;
}
