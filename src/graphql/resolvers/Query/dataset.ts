import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const dataset: NonNullable<QueryResolvers['dataset']> = (_parent, _args, { kg }) => kg.dataset;
