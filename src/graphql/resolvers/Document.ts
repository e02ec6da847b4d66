import type { DocumentResolvers } from '../generated/resolvers-types.js';
import { documentAnnotations } from '../../graph/document-annotations.js';
import { optionalEntityRef } from './lookup.js';

export const Document: DocumentResolvers = {
  reports: (d, _args, { kg }) => optionalEntityRef(kg, d.reports),
  length: (d) => d.text.length,
  paragraphCount: (d) => d.paragraphs.length,
  annotations: (d, _args, { kg }) => documentAnnotations(kg, d.id),
};
