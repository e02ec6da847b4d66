import { entityTimeline } from '../../../graph/entity-timeline.js';
import { requireEntity } from '../../../graph/require-entity.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const timeline: NonNullable<QueryResolvers['timeline']> = (_parent, { entity: idOrAlias, from, to, match }, { kg }) => {
  const entity = requireEntity(kg, idOrAlias, 'entity');
  return { entity, items: entityTimeline(kg, entity.id, { from, to, match }) };
};
