import type { PositionResolvers } from '../generated/resolvers-types.js';
import { entityRef, evidenceDocuments, optionalEntityRef } from './lookup.js';

export const Position: PositionResolvers = {
  holder: (p, _args, { kg }) => entityRef(kg, p.holder),
  onBehalfOf: (p, _args, { kg }) => optionalEntityRef(kg, p.onBehalfOf),
  topic: (p, _args, { kg }) => entityRef(kg, p.topic),
  about: (p, _args, { kg }) => p.about.map((id) => entityRef(kg, id)),
  venue: (p, _args, { kg }) => optionalEntityRef(kg, p.venue),
  documents: (p, _args, { kg }) => evidenceDocuments(kg, p.evidence),
  sourceCount: (p, _args, { kg }) => kg.lists.sourceCount.get(p.id) ?? 0,
};
