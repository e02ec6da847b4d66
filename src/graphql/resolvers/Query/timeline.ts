import { entityTimeline } from '../../../graph/entity-timeline.js';
import { resolveEntity } from '../../../graph/resolve-entity.js';
import { parseTimeRange } from '../../../graph/time-range.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const timeline: NonNullable<QueryResolvers['timeline']> = (_parent, { entity: idOrAlias, from, to, match }, { kg }) => {
  const entity = resolveEntity(kg, idOrAlias);
  if (entity === null) {
    parseTimeRange(from, to, 'timeline'); // a malformed range is an error whatever the entity
    return null;
  }
  return { entity, items: entityTimeline(kg, entity.id, { from, to, match }) };
};
