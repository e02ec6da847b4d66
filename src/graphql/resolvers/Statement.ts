import type { Statement as StatementModel, TimeValue } from '../../dataset/model.js';
import { predicateOf } from '../../graph/entity-relations.js';
import { resolveNode } from '../../graph/resolve-node.js';
import { statementTime } from '../../graph/statement-time.js';
import type { QuantityModel, StringValueModel } from '../models.js';
import type { StatementResolvers } from '../generated/resolvers-types.js';
import { entityRef, evidenceDocuments, optionalEntityRef } from './lookup.js';

/** A statement's literal value as the GraphQL `StatementValue` union sees it (a time is a TimeValue). */
export function statementValue(s: StatementModel): QuantityModel | StringValueModel | TimeValue | null {
  return s.value === null ? null : s.value.type === 'time' ? s.value.time : s.value;
}

export const Statement: StatementResolvers = {
  subject: (s, _args, { kg }) => entityRef(kg, s.subject),
  predicate: (s, _args, { kg }) => predicateOf(kg, s),
  object: (s, _args, { kg }) => optionalEntityRef(kg, s.object),
  value: statementValue,
  time: statementTime,
  inferredFrom: (s, _args, { kg }) => (s.inferredFrom === null ? null : resolveNode(kg, s.inferredFrom)),
  documents: (s, _args, { kg }) => evidenceDocuments(kg, s.evidence),
  sourceCount: (s, _args, { kg }) => kg.lists.sourceCount.get(s.id) ?? 0,
};
