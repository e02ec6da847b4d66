import { listEntities } from '../../../graph/list-entities.js';
import { paginate } from '../../../graph/paginate.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const entities: NonNullable<QueryResolvers['entities']> = (_parent, { kind, where, sort, ...page }, { kg }) =>
  paginate(listEntities(kg, kind, { where, sort }), (e) => e.id, page);
