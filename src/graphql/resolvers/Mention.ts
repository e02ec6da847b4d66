import type { MentionResolvers } from '../generated/resolvers-types.js';
import { documentRef, entityRef } from './lookup.js';

export const Mention: MentionResolvers = {
  entity: (m, _args, { kg }) => entityRef(kg, m.entity),
  document: (m, _args, { kg }) => documentRef(kg, m.document),
};
