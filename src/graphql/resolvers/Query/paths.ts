import { shortestPaths } from '../../../graph/shortest-paths.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const paths: NonNullable<QueryResolvers['paths']> = (_parent, { from, to, maxHops, predicates, includePositions, limit }, { kg }) =>
  shortestPaths(kg, from, to, { maxHops, predicates, includePositions, limit });
