import { listEntities } from '../../../graph/list-entities.js';
import { paginate } from '../../../graph/paginate.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const entities: NonNullable<QueryResolvers['entities']> = (_parent, { kind, first, after }, { kg }) =>
  paginate(listEntities(kg, kind), (e) => e.id, { first, after });
