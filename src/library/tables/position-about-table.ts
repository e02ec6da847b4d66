import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { graphqlEnum, graphqlEnumValues, type GraphqlEnumValue } from './graphql-enum.js';
import { references, type TidyTable } from './tidy-table.js';

/** One row per entity a position is about besides its topic (GraphQL `Position.about`). */
export interface PositionAboutRow {
  readonly position: string;
  readonly entity: string;
  readonly entityName: string;
  readonly entityKind: GraphqlEnumValue<'EntityKind'>;
  /** 0-based position of the entity in the list. */
  readonly index: number;
}

/** The position-about table, in dataset order. */
export function positionAboutTable(kg: KnowledgeGraph): PositionAboutRow[] {
  return kg.dataset.positions.flatMap((p) =>
    p.about.map((id, index) => {
      const entity = kg.entityById.get(id);
      return {
        position: p.id,
        entity: id,
        entityName: entity?.name ?? id,
        entityKind: graphqlEnum('EntityKind', entity?.kind ?? null) as GraphqlEnumValue<'EntityKind'>,
        index,
      };
    }),
  );
}

/** The `position_about` tidy table (see {@link PositionAboutRow}). */
export const POSITION_ABOUT_TABLE: TidyTable<PositionAboutRow> = {
  name: 'position_about',
  title: 'Positions: other entities concerned',
  description: 'One row per entity a position concerns besides its topic (GraphQL Position.about).',
  fields: [
    { name: 'position', type: 'string', required: true, description: 'Position id.' },
    { name: 'entity', type: 'string', required: true, description: 'Entity id.' },
    { name: 'entityName', type: 'string', required: true, description: "The entity's canonical name." },
    { name: 'entityKind', type: 'string', required: true, enum: graphqlEnumValues('EntityKind'), description: "The entity's kind." },
    { name: 'index', type: 'integer', required: true, description: '0-based position of the entity in the list.' },
  ],
  primaryKey: ['position', 'index'],
  foreignKeys: [references('position', 'positions', 'position'), references('entity', 'entities')],
  rows: positionAboutTable,
};
