import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { graphqlEnum, graphqlEnumValues, type GraphqlEnumValue } from './graphql-enum.js';
import { references, type TidyTable } from './tidy-table.js';

/** One row per occurrence of an entity's alias in a document (computed by the loader). */
export interface MentionRow {
  readonly entity: string;
  readonly entityName: string;
  readonly entityKind: GraphqlEnumValue<'EntityKind'>;
  readonly document: string;
  /** The alias as it occurs in the text. */
  readonly alias: string;
  /** Start offset in the document text (UTF-16 code units). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** 0-based paragraph index. */
  readonly paragraph: number;
}

/** The mentions table: one row per mention, in dataset order (by document id, then offset). */
export function mentionsTable(kg: KnowledgeGraph): MentionRow[] {
  return kg.dataset.mentions.map((m) => {
    const entity = kg.entityById.get(m.entity);
    return {
      entity: m.entity,
      entityName: entity?.name ?? m.entity,
      entityKind: graphqlEnum('EntityKind', entity?.kind ?? null) as GraphqlEnumValue<'EntityKind'>,
      document: m.document,
      alias: m.alias,
      start: m.start,
      end: m.end,
      paragraph: m.paragraph,
    };
  });
}

/** The `mentions` tidy table (see {@link MentionRow}). */
export const MENTIONS_TABLE: TidyTable<MentionRow> = {
  name: 'mentions',
  title: 'Mentions',
  description: "One row per occurrence of an entity's alias in a document, found by the loader.",
  fields: [
    { name: 'entity', type: 'string', required: true, description: 'Entity id.' },
    { name: 'entityName', type: 'string', required: true, description: "The entity's canonical name." },
    { name: 'entityKind', type: 'string', required: true, enum: graphqlEnumValues('EntityKind'), description: "The entity's kind." },
    { name: 'document', type: 'string', required: true, description: 'Document id.' },
    { name: 'alias', type: 'string', required: true, description: 'The alias as it occurs in the text.' },
    { name: 'start', type: 'integer', required: true, description: 'Start offset in the document text (UTF-16 code units).' },
    { name: 'end', type: 'integer', required: true, description: 'End offset (exclusive).' },
    { name: 'paragraph', type: 'integer', required: true, description: '0-based paragraph index.' },
  ],
  primaryKey: ['document', 'start', 'end', 'entity'],
  foreignKeys: [references('entity', 'entities'), references('document', 'documents')],
  rows: mentionsTable,
};
