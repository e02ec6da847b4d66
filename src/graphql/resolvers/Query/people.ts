import { listEntities } from '../../../graph/list-entities.js';
import { paginate } from '../../../graph/paginate.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const people: NonNullable<QueryResolvers['people']> = (_parent, { where, sort, ...page }, { kg }) =>
  paginate(listEntities(kg, 'person', { where, sort }), (e) => e.id, page);
