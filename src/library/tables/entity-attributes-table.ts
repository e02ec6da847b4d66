import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { references, type TidyTable } from './tidy-table.js';

/** One row per curated attribute of an entity (`iso2`, `acronym`, …). */
export interface EntityAttributeRow {
  readonly entity: string;
  readonly attribute: string;
  readonly value: string;
}

/** The entity attributes table, in dataset order. */
export function entityAttributesTable(kg: KnowledgeGraph): EntityAttributeRow[] {
  return kg.dataset.entities.flatMap((entity) =>
    Object.entries(entity.attributes).map(([attribute, value]) => ({ entity: entity.id, attribute, value })),
  );
}

/** The `entity_attributes` tidy table (see {@link EntityAttributeRow}). */
export const ENTITY_ATTRIBUTES_TABLE: TidyTable<EntityAttributeRow> = {
  name: 'entity_attributes',
  title: 'Entity attributes',
  description: 'One row per curated attribute of an entity (iso2, acronym, …).',
  fields: [
    { name: 'entity', type: 'string', required: true, description: 'Entity id.' },
    { name: 'attribute', type: 'string', required: true, description: 'Attribute name.' },
    { name: 'value', type: 'string', required: true, description: 'Attribute value, as text.' },
  ],
  primaryKey: ['entity', 'attribute'],
  foreignKeys: [references('entity', 'entities')],
  rows: entityAttributesTable,
};
