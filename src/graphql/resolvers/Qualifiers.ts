import type { QualifiersResolvers } from '../generated/resolvers-types.js';
import { optionalEntityRef } from './lookup.js';

export const Qualifiers: QualifiersResolvers = {
  location: (q, _args, { kg }) => optionalEntityRef(kg, q.location),
  counterpart: (q, _args, { kg }) => optionalEntityRef(kg, q.counterpart),
  via: (q, _args, { kg }) => optionalEntityRef(kg, q.via),
};
