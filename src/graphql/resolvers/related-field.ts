import type { Entity } from '../../dataset/model.js';
import { relatedEntities, type RelatedEntity } from '../../graph/related-entities.js';
import type { GraphQLContext } from '../context.js';

/**
 * A field resolver listing the entities related to the parent entity by `predicate` statements
 * (OUT: the parent is their subject; IN: their object; BOTH), grouped by {@link relatedEntities}.
 */
export function relatedField(
  predicate: string,
  direction: 'OUT' | 'IN' | 'BOTH',
): (entity: Entity, _args: unknown, context: GraphQLContext) => RelatedEntity[] {
  return (entity, _args, { kg }) => relatedEntities(kg, entity.id, predicate, direction);
}
