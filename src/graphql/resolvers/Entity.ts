import type { Entity as EntityModel } from '../../dataset/model.js';
import { documentsMentioning, documentsSupporting } from '../../graph/documents-of-entity.js';
import { entityRelations } from '../../graph/entity-relations.js';
import { entityStatements } from '../../graph/entity-statements.js';
import { entityTime } from '../../graph/entity-time.js';
import { memberships } from '../../graph/memberships.js';
import { listPositions } from '../../graph/list-positions.js';
import { listStatements } from '../../graph/list-statements.js';
import { listWindow } from '../../graph/list-window.js';
import type { EntityResolvers, PersonResolvers, ResolversTypes } from '../generated/resolvers-types.js';

const TYPE_NAMES = {
  person: 'Person',
  country: 'Country',
  territory: 'Territory',
  region: 'Region',
  place: 'Place',
  organization: 'Organization',
  company: 'Company',
  outlet: 'Outlet',
  agreement: 'Agreement',
  event: 'Event',
  project: 'Project',
  topic: 'Topic',
  office: 'Office',
  work: 'Work',
} as const satisfies Record<EntityModel['kind'], keyof ResolversTypes>;

/** The GraphQL type of an entity: it follows the entity's kind. */
export function entityTypeName(entity: EntityModel): (typeof TYPE_NAMES)[EntityModel['kind']] {
  return TYPE_NAMES[entity.kind];
}

/** The Entity interface: its concrete type follows the entity's kind. */
export const Entity: EntityResolvers = {
  __resolveType: entityTypeName,
};

/**
 * Field resolvers shared by every concrete entity type (Person, Country, …): only the fields
 * where the model and the schema differ.
 */
export const entityFields: Omit<PersonResolvers, '__isTypeOf'> = {
  attributes: (entity) => Object.entries(entity.attributes).map(([key, value]) => ({ key, value })),
  statements: (entity, { direction, predicates, where, sort, limit, offset }, { kg }) =>
    listWindow(listStatements(kg, { where, sort }, entityStatements(kg, entity.id, { direction: direction ?? 'BOTH', predicates })), {
      limit,
      offset,
    }),
  relations: (entity, { direction, predicates, where, limit, offset }, { kg }) =>
    entityRelations(kg, entity.id, { direction: direction ?? 'BOTH', predicates, where, limit, offset }),
  statementCount: (entity, _args, { kg }) => kg.lists.statementCount.get(entity.id) ?? 0,
  sourceCount: (entity, _args, { kg }) => kg.lists.entitySourceCount.get(entity.id) ?? 0,
  positions: (entity, { where, sort, limit, offset }, { kg }) =>
    listWindow(listPositions(kg, { where, sort }, kg.positionsByHolder.get(entity.id) ?? []), { limit, offset }),
  positionsAbout: (entity, { where, sort, limit, offset }, { kg }) =>
    listWindow(listPositions(kg, { where, sort }, kg.positionsByTarget.get(entity.id) ?? []), { limit, offset }),
  mentions: (entity, { limit, offset }, { kg }) => listWindow(kg.mentionsByEntity.get(entity.id) ?? [], { limit, offset }),
  mentionedIn: (entity, _args, { kg }) => documentsMentioning(kg, entity.id),
  supportedBy: (entity, _args, { kg }) => documentsSupporting(kg, entity.id),
  time: (entity, _args, { kg }) => entityTime(kg, entity.id),
  // Memberships are never qualifiers; ANY is BOTH.
  memberships: (entity, { direction, predicates }, { kg }) =>
    direction === 'QUALIFIER' ? [] : memberships(kg, entity.id, { direction: direction === 'ANY' ? 'BOTH' : direction, predicates }),
};
