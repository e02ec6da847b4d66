import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { graphqlEnum, graphqlEnumValues, type GraphqlEnumValue } from './graphql-enum.js';
import type { TidyTable } from './tidy-table.js';

/** One row per entity. Its aliases are rows of the `aliases` table, its attributes rows of `entity_attributes`. */
export interface EntityRow {
  /** Entity id, `<kind>:<slug>`. */
  readonly id: string;
  /** As GraphQL spells it: PERSON, COUNTRY, … */
  readonly kind: GraphqlEnumValue<'EntityKind'>;
  /** Canonical name. */
  readonly name: string;
  readonly description: string | null;
  /** ISO 3166-1 alpha-2 code (countries). */
  readonly iso2: string | null;
  /** Acronym (organizations, companies). */
  readonly acronym: string | null;
  /** Statements with this entity as subject or object. */
  readonly statements: number;
  /** Positions this entity stated (as holder). */
  readonly positions: number;
  /** Positions about this entity (as topic or in `about`). */
  readonly positionsAbout: number;
  /** Occurrences of its aliases in the documents. */
  readonly mentions: number;
  /** Distinct documents that mention it. */
  readonly documents: number;
}

/** The entities table: one row per entity, in dataset order, with counts of what refers to it. */
export function entitiesTable(kg: KnowledgeGraph): EntityRow[] {
  return kg.dataset.entities.map((entity) => {
    const statements = new Set([...(kg.statementsBySubject.get(entity.id) ?? []), ...(kg.statementsByObject.get(entity.id) ?? [])]);
    const mentions = kg.mentionsByEntity.get(entity.id) ?? [];
    return {
      id: entity.id,
      kind: graphqlEnum('EntityKind', entity.kind),
      name: entity.name,
      description: entity.description,
      iso2: entity.attributes['iso2'] ?? null,
      acronym: entity.attributes['acronym'] ?? null,
      statements: statements.size,
      positions: kg.positionsByHolder.get(entity.id)?.length ?? 0,
      positionsAbout: kg.positionsByTarget.get(entity.id)?.length ?? 0,
      mentions: mentions.length,
      documents: new Set(mentions.map((m) => m.document)).size,
    };
  });
}

/** The `entities` tidy table (see {@link EntityRow}). */
export const ENTITIES_TABLE: TidyTable<EntityRow> = {
  name: 'entities',
  title: 'Entities',
  description: 'One row per entity (person, country, organization, …), with counts of what refers to it.',
  fields: [
    { name: 'id', type: 'string', required: true, description: 'Entity id, <kind>:<slug> (GraphQL Entity.id).' },
    {
      name: 'kind',
      type: 'string',
      required: true,
      enum: graphqlEnumValues('EntityKind'),
      description: 'Kind of entity (GraphQL EntityKind).',
    },
    { name: 'name', type: 'string', required: true, description: 'Canonical name.' },
    { name: 'description', type: 'string', description: 'Short description; empty when none is curated.' },
    { name: 'iso2', type: 'string', description: 'ISO 3166-1 alpha-2 code (countries).' },
    { name: 'acronym', type: 'string', description: 'Acronym (organizations, companies).' },
    { name: 'statements', type: 'integer', required: true, description: 'Statements with this entity as subject or object.' },
    { name: 'positions', type: 'integer', required: true, description: 'Positions this entity stated (as holder).' },
    { name: 'positionsAbout', type: 'integer', required: true, description: 'Positions about this entity (as topic or in about).' },
    { name: 'mentions', type: 'integer', required: true, description: 'Occurrences of its aliases in the documents.' },
    { name: 'documents', type: 'integer', required: true, description: 'Distinct documents that mention it.' },
  ],
  primaryKey: ['id'],
  foreignKeys: [],
  rows: entitiesTable,
};
