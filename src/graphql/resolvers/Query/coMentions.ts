import { coMentions as coMentionsOf } from '../../../graph/co-mentions.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const coMentions: NonNullable<QueryResolvers['coMentions']> = (_parent, { entity, scope, kinds, first }, { kg }) =>
  coMentionsOf(kg, entity, { scope, kinds, first });
