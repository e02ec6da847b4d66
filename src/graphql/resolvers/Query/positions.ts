import { listPositions } from '../../../graph/list-positions.js';
import { paginate } from '../../../graph/paginate.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const positions: NonNullable<QueryResolvers['positions']> = (_parent, { where, sort, ...page }, { kg }) =>
  paginate(listPositions(kg, { where, sort }), (p) => p.id, page);
