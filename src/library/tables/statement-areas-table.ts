import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { references, type TidyTable } from './tidy-table.js';

/** One row per area of a statement's `areas` qualifier (e.g. the areas of a cooperation). */
export interface StatementAreaRow {
  readonly statement: string;
  readonly area: string;
  /** 0-based position of the area in the qualifier's list. */
  readonly index: number;
}

/** The statement areas table, in dataset order. */
export function statementAreasTable(kg: KnowledgeGraph): StatementAreaRow[] {
  return kg.dataset.statements.flatMap((s) => s.qualifiers.areas.map((area, index) => ({ statement: s.id, area, index })));
}

/** The `statement_areas` tidy table (see {@link StatementAreaRow}). */
export const STATEMENT_AREAS_TABLE: TidyTable<StatementAreaRow> = {
  name: 'statement_areas',
  title: 'Statement areas',
  description: "One row per value of a statement's areas qualifier (GraphQL Qualifiers.areas).",
  fields: [
    { name: 'statement', type: 'string', required: true, description: 'Statement id.' },
    { name: 'area', type: 'string', required: true, description: 'The area, as curated.' },
    { name: 'index', type: 'integer', required: true, description: '0-based position of the area in the list.' },
  ],
  primaryKey: ['statement', 'index'],
  foreignKeys: [references('statement', 'statements', 'statement')],
  rows: statementAreasTable,
};
