import { centrality as rankByCentrality, type CentralityMeasure } from '../../../graph/centrality.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const centrality: NonNullable<QueryResolvers['centrality']> = (_parent, { measure, kind, first, includePositions }, { kg }) =>
  rankByCentrality(kg, measure.toLowerCase() as CentralityMeasure, { kind, first, includePositions });
