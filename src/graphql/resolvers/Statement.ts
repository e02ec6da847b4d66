import { DiplomacyGraphError } from '../../errors.js';
import type { StatementResolvers } from '../generated/resolvers-types.js';
import { entityRef, evidenceDocuments, optionalEntityRef } from './lookup.js';

export const Statement: StatementResolvers = {
  subject: (s, _args, { kg }) => entityRef(kg, s.subject),
  predicate: (s, _args, { kg }) => {
    const predicate = kg.predicateById.get(s.predicate);
    if (!predicate) throw new DiplomacyGraphError('INTERNAL', `unknown predicate ${s.predicate}`);
    return predicate;
  },
  object: (s, _args, { kg }) => optionalEntityRef(kg, s.object),
  value: (s) => (s.value === null ? null : s.value.type === 'time' ? s.value.time : s.value),
  documents: (s, _args, { kg }) => evidenceDocuments(kg, s.evidence),
};
