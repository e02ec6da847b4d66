import type { EvidenceResolvers } from '../generated/resolvers-types.js';
import { documentRef } from './lookup.js';

export const Evidence: EvidenceResolvers = {
  document: (e, _args, { kg }) => documentRef(kg, e.document),
};
