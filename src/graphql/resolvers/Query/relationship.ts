import { relationship as relationshipOf } from '../../../graph/relationship.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const relationship: NonNullable<QueryResolvers['relationship']> = (_parent, { a, b }, { kg }) => relationshipOf(kg, a, b);
