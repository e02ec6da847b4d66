import type { DocumentMentionsResolvers } from '../generated/resolvers-types.js';

/** A document that mentions an entity. */
export const DocumentMentions: DocumentMentionsResolvers = {
  count: (found) => found.mentions.length,
  paragraphs: (found) => [...new Set(found.mentions.map((m) => m.paragraph))].sort((a, b) => a - b),
};
