import type { Entity } from '../dataset/model.js';
import { UnknownEntityError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { resolveEntity } from './resolve-entity.js';
import { suggestEntities } from './suggest-entities.js';

/**
 * The entity named by `idOrAlias` (see {@link resolveEntity}). When none matches, throws an
 * {@link UnknownEntityError} naming `argument` (the argument's path: `entity`, `from`,
 * `where.concerns.is`) and the closest entities, so a misspelt name is an error, never an empty
 * answer.
 */
export function requireEntity(kg: KnowledgeGraph, idOrAlias: string, argument: string): Entity {
  const entity = resolveEntity(kg, idOrAlias);
  if (entity) return entity;
  throw new UnknownEntityError(argument, idOrAlias, suggestEntities(kg, idOrAlias));
}
