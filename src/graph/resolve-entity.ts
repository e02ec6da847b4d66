import type { Entity } from '../dataset/model.js';
import { normalizeAlias } from '../dataset/normalize-alias.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

/**
 * The entity named by `idOrAlias`: an exact id (`country:kz`), or any name or alias, ignoring
 * case, diacritics and punctuation ("Tokaev", "U.S.", "council for peace"). Null when none matches.
 */
export function resolveEntity(kg: KnowledgeGraph, idOrAlias: string): Entity | null {
  const direct = kg.entityById.get(idOrAlias);
  if (direct) return direct;
  const id = kg.aliasIndex.get(normalizeAlias(idOrAlias));
  return id === undefined ? null : (kg.entityById.get(id) ?? null);
}
