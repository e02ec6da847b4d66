import type { Statement } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { requireEntity } from './require-entity.js';

/** An object the entity and a co-member share, with the statements of both that link them to it. */
export interface SharedObject {
  readonly object: string;
  /** The entity's statements to the object, then the co-member's, each in dataset order. */
  readonly statements: readonly Statement[];
}

/** An entity that shares at least one object with the given entity through the predicate. */
export interface CoMember {
  readonly entity: string;
  /** By object id. */
  readonly shared: readonly SharedObject[];
}

export interface CoMembersOptions {
  /** The predicate, a vocabulary id with entity objects; default `member_of`. */
  readonly predicate?: string | null;
  /** Only this shared object (id or alias): "co-members of Kazakhstan in the Board of Peace". */
  readonly object?: string | null;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Entities that are, like the entity named by `entity`, subjects of `predicate` statements with
 * the same object: fellow members of an organization (`member_of`), fellow parties to an agreement
 * (`party_to`). Sorted by number of shared objects (most first), then by id. Cost: the statements
 * of the entity's objects. An unknown entity or object throws an `UnknownEntityError`; an unknown
 * predicate, or one whose statements carry literal values, an {@link InvalidArgumentError}.
 */
export function coMembers(kg: KnowledgeGraph, entity: string, options: CoMembersOptions = {}): CoMember[] {
  const predicateId = options.predicate ?? 'member_of';
  const predicate = kg.predicateById.get(predicateId);
  if (!predicate) throw new InvalidArgumentError(`predicate: "${predicateId}" is not a predicate of the vocabulary`);
  if (predicate.valueType !== null) {
    throw new InvalidArgumentError(`predicate: "${predicateId}" has ${predicate.valueType} values, not entity objects`);
  }
  const subject = requireEntity(kg, entity, 'entity');
  let onlyObject: string | null = null;
  if (options.object !== null && options.object !== undefined) onlyObject = requireEntity(kg, options.object, 'object').id;

  const own = new Map<string, Statement[]>();
  for (const s of kg.statementsBySubject.get(subject.id) ?? []) {
    if (s.predicate !== predicateId || s.object === null || s.object === subject.id) continue;
    if (onlyObject !== null && s.object !== onlyObject) continue;
    own.set(s.object, [...(own.get(s.object) ?? []), s]);
  }
  const byMember = new Map<string, Map<string, Statement[]>>();
  for (const [object, statements] of [...own].sort(([a], [b]) => byId(a, b))) {
    for (const s of kg.statementsByObject.get(object) ?? []) {
      if (s.predicate !== predicateId || s.subject === subject.id) continue;
      const shared = byMember.get(s.subject) ?? new Map<string, Statement[]>();
      byMember.set(s.subject, shared);
      shared.set(object, [...(shared.get(object) ?? statements), s]);
    }
  }
  return [...byMember]
    .map(([member, shared]) => ({ entity: member, shared: [...shared].map(([object, statements]) => ({ object, statements })) }))
    .sort((a, b) => b.shared.length - a.shared.length || byId(a.entity, b.entity));
}
