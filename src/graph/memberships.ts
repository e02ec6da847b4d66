import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { relatedEntities, type RelatedEntity } from './related-entities.js';

/**
 * The membership-like predicates of the vocabulary: belonging to, taking part in or being bound
 * by something. `member_of` (role "founding member", "signatory of the charter"), `party_to`,
 * `participates_in`, `signed`, `chairs`, `holds_office`, `engages_with` (engagement without a
 * stated membership), `candidate_for`, `initiated` (founded, stood at the origins of) and
 * `involved_in`.
 */
export const MEMBERSHIP_PREDICATES = [
  'member_of',
  'party_to',
  'participates_in',
  'signed',
  'chairs',
  'holds_office',
  'engages_with',
  'candidate_for',
  'initiated',
  'involved_in',
] as const;

/** Options of {@link memberships}. */
export interface MembershipOptions {
  /** OUT: what the entity belongs to; IN: who belongs to it; BOTH (default). */
  readonly direction?: 'OUT' | 'IN' | 'BOTH' | null;
  /** Only these membership-like predicates (default all of them). */
  readonly predicates?: readonly string[] | null;
}

/**
 * The entity's membership-like relations (see {@link MEMBERSHIP_PREDICATES}), grouped as
 * {@link relatedEntities} groups them (one entry per other entity, predicate, direction, role and
 * time qualifiers), each with its predicate; ordered by their first statement's place in the
 * dataset. A predicate outside the list is an {@link InvalidArgumentError}.
 */
export function memberships(kg: KnowledgeGraph, entityId: string, options: MembershipOptions = {}): RelatedEntity[] {
  const allowed: readonly string[] = MEMBERSHIP_PREDICATES;
  for (const p of options.predicates ?? []) {
    if (!allowed.includes(p)) throw new InvalidArgumentError(`predicates: "${p}" is not membership-like (one of ${allowed.join(', ')})`);
  }
  const predicates = options.predicates && options.predicates.length > 0 ? options.predicates : allowed;
  const direction = options.direction ?? 'BOTH';
  const order = (r: RelatedEntity): number => kg.lists.order.get(r.statements[0]!.id) ?? 0;
  return predicates.flatMap((p) => relatedEntities(kg, entityId, p, direction)).sort((a, b) => order(a) - order(b));
}
