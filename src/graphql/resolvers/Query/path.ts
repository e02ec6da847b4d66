import { shortestPath } from '../../../graph/shortest-paths.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const path: NonNullable<QueryResolvers['path']> = (_parent, { from, to, maxHops, predicates, includePositions }, { kg }) =>
  shortestPath(kg, from, to, { maxHops, predicates, includePositions });
