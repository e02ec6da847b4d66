import { listEntities } from '../../../graph/list-entities.js';
import { paginate } from '../../../graph/paginate.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const organizations: NonNullable<QueryResolvers['organizations']> = (_parent, { where, sort, ...page }, { kg }) =>
  paginate(listEntities(kg, 'organization', { where, sort }), (e) => e.id, page);
