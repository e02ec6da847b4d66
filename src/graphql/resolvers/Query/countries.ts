import { listEntities } from '../../../graph/list-entities.js';
import { paginate } from '../../../graph/paginate.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const countries: NonNullable<QueryResolvers['countries']> = (_parent, { where, sort, ...page }, { kg }) =>
  paginate(listEntities(kg, 'country', { where, sort }), (e) => e.id, page);
