import type { DocumentRecord, Entity, Position, Predicate, Statement } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { resolveEntity } from './resolve-entity.js';

/** Anything with a global id. */
export type NodeModel = Entity | Statement | Position | DocumentRecord | Predicate;

/** Most ids one {@link resolveNodes} call accepts. */
export const MAX_NODE_IDS = 100;

function byId<T>(map: ReadonlyMap<string, T>, id: string): T | null {
  return map.get(id) ?? map.get(id.trim().toLowerCase()) ?? null;
}

/**
 * The object with global id `id`: a statement (`statement:…`), position (`position:…`) or
 * document (`document:…`), matched exactly or lower-cased; else an entity by exact id, a
 * predicate by exact id (`member_of`), or an entity by any name or alias (case, diacritics and
 * punctuation ignored). Null when nothing matches.
 */
export function resolveNode(kg: KnowledgeGraph, id: string): NodeModel | null {
  const prefix = id
    .trim()
    .slice(0, id.trim().indexOf(':') + 1)
    .toLowerCase();
  if (prefix === 'statement:') return byId(kg.statementById, id);
  if (prefix === 'position:') return byId(kg.positionById, id);
  if (prefix === 'document:') return byId(kg.documentById, id);
  return kg.entityById.get(id) ?? kg.predicateById.get(id) ?? resolveEntity(kg, id);
}

/**
 * {@link resolveNode} for each id, in order (null where nothing matches). Throws
 * InvalidArgumentError for more than {@link MAX_NODE_IDS} ids.
 */
export function resolveNodes(kg: KnowledgeGraph, ids: readonly string[]): Array<NodeModel | null> {
  if (ids.length > MAX_NODE_IDS) throw new InvalidArgumentError(`ids: at most ${MAX_NODE_IDS} ids per request, got ${ids.length}`);
  return ids.map((id) => resolveNode(kg, id));
}
