import type { DocumentHitResolvers } from '../generated/resolvers-types.js';
import { documentRef } from './lookup.js';

/** A search result that is a document. */
export const DocumentHit: DocumentHitResolvers = {
  document: (hit, _args, { kg }) => documentRef(kg, hit.id),
};
