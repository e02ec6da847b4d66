import type { DocumentRecord } from '../../dataset/model.js';
import type { MentionContext } from '../../graph/co-mentions.js';
import type { CoMentionContextResolvers } from '../generated/resolvers-types.js';
import { documentRef } from './lookup.js';

/** The character range of a context: its paragraph, or the whole document. */
function rangeOf(document: DocumentRecord, context: MentionContext): { start: number; end: number } {
  const paragraph = context.paragraph === null ? undefined : document.paragraphs[context.paragraph];
  return paragraph ?? { start: 0, end: document.text.length };
}

/** A paragraph (or document) that mentions two entities. */
export const CoMentionContext: CoMentionContextResolvers = {
  document: (context, _args, { kg }) => documentRef(kg, context.document),
  start: (context, _args, { kg }) => rangeOf(documentRef(kg, context.document), context).start,
  end: (context, _args, { kg }) => rangeOf(documentRef(kg, context.document), context).end,
  text: (context, _args, { kg }) => {
    if (context.paragraph === null) return null;
    const document = documentRef(kg, context.document);
    const { start, end } = rangeOf(document, context);
    return document.text.slice(start, end);
  },
};
