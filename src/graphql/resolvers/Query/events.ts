import { listEntities } from '../../../graph/list-entities.js';
import { paginate } from '../../../graph/paginate.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const events: NonNullable<QueryResolvers['events']> = (_parent, { where, sort, ...page }, { kg }) =>
  paginate(listEntities(kg, 'event', { where, sort }), (e) => e.id, page);
