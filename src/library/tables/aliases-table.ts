import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { references, type TidyTable } from './tidy-table.js';

/** One row per name of an entity: a surface form the documents use, or a form accepted for lookups only. */
export interface AliasRow {
  readonly entity: string;
  readonly alias: string;
  /** False: a surface form the documents use (GraphQL `aliases`); true: accepted for lookups only (`lookupAliases`). */
  readonly lookupOnly: boolean;
  /** 0-based position of the alias in its list, as curated. */
  readonly index: number;
}

/** The aliases table: every entity's aliases, then its lookup aliases, in dataset order. */
export function aliasesTable(kg: KnowledgeGraph): AliasRow[] {
  return kg.dataset.entities.flatMap((entity) => [
    ...entity.aliases.map((alias, index) => ({ entity: entity.id, alias, lookupOnly: false, index })),
    ...entity.lookupAliases.map((alias, index) => ({ entity: entity.id, alias, lookupOnly: true, index })),
  ]);
}

/** The `aliases` tidy table (see {@link AliasRow}). */
export const ALIASES_TABLE: TidyTable<AliasRow> = {
  name: 'aliases',
  title: 'Aliases',
  description: 'One row per alias of an entity: the surface forms the documents use, then the forms accepted for lookups only.',
  fields: [
    { name: 'entity', type: 'string', required: true, description: 'Entity id.' },
    { name: 'alias', type: 'string', required: true, description: 'The name as curated.' },
    {
      name: 'lookupOnly',
      type: 'boolean',
      required: true,
      description: 'false: a surface form the documents use (Entity.aliases); true: accepted for lookups only (Entity.lookupAliases).',
    },
    { name: 'index', type: 'integer', required: true, description: '0-based position of the alias in its list.' },
  ],
  primaryKey: ['entity', 'lookupOnly', 'index'],
  foreignKeys: [references('entity', 'entities')],
  rows: aliasesTable,
};
