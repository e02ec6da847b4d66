import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { CellValue } from './rows-to-csv.js';

/** A Frictionless Table Schema field type, as the tidy tables use them. */
type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One column of a tidy table, described as a Frictionless Table Schema field. */
export interface TableField<Name extends string = string> {
  readonly name: Name;
  readonly type: FieldType;
  readonly description: string;
  /** The allowed values (GraphQL enum spellings); absent when any value of the type is allowed. */
  readonly enum?: readonly string[];
  /** True when the cell is never empty. */
  readonly required?: boolean;
}

/** A foreign key of a tidy table: its fields reference the fields of another table (Frictionless). */
export interface TableForeignKey<Name extends string = string> {
  readonly fields: readonly Name[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

/**
 * A tidy table: its name (the file is `<name>.csv`), what one row is, its columns in order, its
 * primary and foreign keys, and the function that builds its rows. `graph.tables`, the
 * `diplomacy-graph tables` command and `datapackage.json` all read these definitions.
 */
export interface TidyTable<Row extends object = Record<string, CellValue>> {
  readonly name: string;
  readonly title: string;
  /** What one row is. */
  readonly description: string;
  readonly fields: ReadonlyArray<TableField<keyof Row & string>>;
  readonly primaryKey: ReadonlyArray<keyof Row & string>;
  readonly foreignKeys: ReadonlyArray<TableForeignKey<keyof Row & string>>;
  rows(kg: KnowledgeGraph): Row[];
}

/** A foreign key from `field` to the `id` column of the table `resource` (or another `target` column). */
export function references<Name extends string>(field: Name, resource: string, target = 'id'): TableForeignKey<Name> {
  return { fields: [field], reference: { resource, fields: [target] } };
}
