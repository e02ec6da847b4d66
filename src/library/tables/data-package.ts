import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import type { TableField, TableForeignKey, TidyTable } from './tidy-table.js';
import { TIDY_TABLES } from './tidy-tables.js';

/** A Frictionless Table Schema field descriptor. */
export interface DataPackageField {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly constraints?: { readonly required?: boolean; readonly enum?: readonly string[] };
}

/** A Frictionless Tabular Data Resource descriptor of one CSV file. */
export interface DataPackageResource {
  readonly name: string;
  readonly path: string;
  readonly profile: 'tabular-data-resource';
  readonly title: string;
  readonly description: string;
  readonly format: 'csv';
  readonly mediatype: 'text/csv';
  readonly encoding: 'utf-8';
  readonly dialect: {
    readonly delimiter: ',';
    readonly lineTerminator: '\r\n';
    readonly quoteChar: '"';
    readonly doubleQuote: true;
    readonly header: true;
  };
  readonly schema: {
    readonly fields: readonly DataPackageField[];
    readonly primaryKey: readonly string[];
    readonly foreignKeys: readonly TableForeignKey[];
    readonly missingValues: readonly string[];
  };
}

/** A Frictionless Tabular Data Package descriptor (`datapackage.json`). */
export interface DataPackage {
  readonly profile: 'tabular-data-package';
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** The dataset version (content hash of the dataset directory): cite it with results. */
  readonly version: string;
  readonly resources: readonly DataPackageResource[];
}

function field(f: TableField): DataPackageField {
  const constraints = { ...(f.required ? { required: true } : {}), ...(f.enum ? { enum: f.enum } : {}) };
  return { name: f.name, type: f.type, description: f.description, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
}

/** The resource descriptor of one tidy table: `<name>.csv`, RFC 4180, UTF-8, an empty cell is null. */
function dataPackageResource(table: TidyTable<object>): DataPackageResource {
  return {
    name: table.name,
    path: `${table.name}.csv`,
    profile: 'tabular-data-resource',
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.fields.map((f) => field(f as TableField)),
      primaryKey: table.primaryKey,
      foreignKeys: table.foreignKeys,
      missingValues: [''],
    },
  };
}

/**
 * The Frictionless Data Package descriptor of the tidy tables of `kg` (Table Schema field types,
 * descriptions, enum constraints, primary and foreign keys, and the dataset version), so pandas,
 * R and frictionless tools read the CSV files with their types.
 */
export function dataPackage(kg: KnowledgeGraph): DataPackage {
  return {
    profile: 'tabular-data-package',
    name: 'diplomacy-graph',
    title: 'diplomacy-graph tidy tables',
    description:
      'A curated knowledge graph of diplomacy as tidy tables: one observation per row, every statement and position with its verbatim evidence (document, quote, character offsets). Enum values are spelled as in the GraphQL schema.',
    version: kg.dataset.version,
    resources: TIDY_TABLES.map(dataPackageResource),
  };
}

/** The Table Schema of every tidy table, by name: what the Python client ships as `table_schemas.json`. */
export function tableSchemas(): Record<string, DataPackageResource['schema']> {
  return Object.fromEntries(TIDY_TABLES.map((table) => [table.name, dataPackageResource(table).schema]));
}
