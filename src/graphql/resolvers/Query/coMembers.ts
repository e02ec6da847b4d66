import { coMembers as coMembersOf } from '../../../graph/co-members.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const coMembers: NonNullable<QueryResolvers['coMembers']> = (_parent, { entity, predicate, object }, { kg }) =>
  coMembersOf(kg, entity, { predicate, object });
