import type { CoMemberResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

/** An entity sharing objects with another through a predicate. */
export const CoMember: CoMemberResolvers = {
  entity: (member, _args, { kg }) => entityRef(kg, member.entity),
};
