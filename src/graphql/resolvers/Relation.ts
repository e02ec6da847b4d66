import type { RelationResolvers } from '../generated/resolvers-types.js';
import { statementValue } from './Statement.js';

/** A statement seen from one of its entities; the model carries everything but the value. */
export const Relation: RelationResolvers = {
  value: (r) => statementValue(r.statement),
};
