import type { Entity as EntityModel } from '../../dataset/model.js';
import { documentsMentioning, documentsSupporting } from '../../graph/documents-of-entity.js';
import { entityStatements } from '../../graph/entity-statements.js';
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

/** The Entity interface: its concrete type follows the entity's kind. */
export const Entity: EntityResolvers = {
  __resolveType: (entity) => TYPE_NAMES[entity.kind],
};

/**
 * Field resolvers shared by every concrete entity type (Person, Country, …): only the fields
 * where the model and the schema differ.
 */
export const entityFields: Omit<PersonResolvers, '__isTypeOf'> = {
  attributes: (entity) => Object.entries(entity.attributes).map(([key, value]) => ({ key, value })),
  statements: (entity, { direction, predicates }, { kg }) =>
    entityStatements(kg, entity.id, { direction: direction ?? 'BOTH', predicates }),
  positions: (entity, _args, { kg }) => kg.positionsByHolder.get(entity.id) ?? [],
  positionsAbout: (entity, _args, { kg }) => kg.positionsByTarget.get(entity.id) ?? [],
  mentions: (entity, _args, { kg }) => kg.mentionsByEntity.get(entity.id) ?? [],
  mentionedIn: (entity, _args, { kg }) => documentsMentioning(kg, entity.id),
  supportedBy: (entity, _args, { kg }) => documentsSupporting(kg, entity.id),
};
