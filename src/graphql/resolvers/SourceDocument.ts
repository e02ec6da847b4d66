import type { SourceDocumentResolvers } from '../generated/resolvers-types.js';
import { documentRef } from './lookup.js';

/** A document supporting a fact. */
export const SourceDocument: SourceDocumentResolvers = {
  document: (source, _args, { kg }) => documentRef(kg, source.document),
};
