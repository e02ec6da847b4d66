import { commonNeighbours as commonNeighboursOf } from '../../../graph/common-neighbours.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const commonNeighbours: NonNullable<QueryResolvers['commonNeighbours']> = (
  _parent,
  { a, b, predicates, includePositions },
  { kg },
) => commonNeighboursOf(kg, a, b, { predicates, includePositions });
