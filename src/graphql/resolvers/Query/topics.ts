import { listEntities } from '../../../graph/list-entities.js';
import { paginate } from '../../../graph/paginate.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const topics: NonNullable<QueryResolvers['topics']> = (_parent, { where, sort, ...page }, { kg }) =>
  paginate(listEntities(kg, 'topic', { where, sort }), (e) => e.id, page);
