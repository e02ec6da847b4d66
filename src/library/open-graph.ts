import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode, ExecutionResult } from 'graphql';
import { defaultEntryCache } from '../dataset/directory-entry-cache.js';
import type { EntryCache } from '../dataset/entry-cache.js';
import { loadDataset } from '../dataset/load-dataset.js';
import type { Dataset } from '../dataset/model.js';
import { executeQuery } from '../graphql/execute-query.js';
import { PreparedOperations } from '../graphql/prepared-operations.js';
import { loadJit } from '../graphql/jit-compiled.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { DiplomacyGraph } from '../graph/types.js';
import { exportAs, type ExportFormat, type ExportOptions } from '../export/export-formats.js';
import type { CsvPair } from '../export/to-neo4j-csv.js';
import { writeExport } from '../export/write-export.js';
import { egoNetworkSvg, type EgoNetworkSvgOptions } from './ego-network-svg.js';
import {
  aliasesTable,
  dataPackage,
  documentMetadataTable,
  documentsTable,
  dyadsTable,
  entitiesTable,
  entityAttributesTable,
  mentionsTable,
  positionAboutTable,
  positionsTable,
  statementAreasTable,
  statementsTable,
  writeTables,
  type AliasRow,
  type DataPackage,
  type DocumentMetadataRow,
  type DocumentRow,
  type DyadRow,
  type DyadsTableOptions,
  type EntityAttributeRow,
  type EntityRow,
  type MentionRow,
  type PositionAboutRow,
  type PositionRow,
  type StatementAreaRow,
  type StatementRow,
} from './tables/index.js';

/** Options of {@link openGraph}. */
export interface OpenGraphOptions {
  /** A dataset directory in the seeds/ format. Default: the embedded seeds. */
  readonly directory?: string;
  /**
   * Where parsed entries of unchanged files are kept between loads (see `defaultEntryCache`);
   * `null` parses every file. Default: the seeds' entries shipped in the package, then the user's
   * cache directory.
   */
  readonly cache?: EntryCache | null;
}

/**
 * Tidy tables of the graph: arrays of flat rows (strings, numbers, booleans, null), one
 * observation per row, enum values as GraphQL spells them, lists as rows of their own tables
 * (aliases, statement areas, the entities a position is about), ready for a data frame (danfo.js,
 * Arquero; pandas and R through `write`). Each call builds a fresh array; see the row types for
 * the columns. The `diplomacy-graph tables` command writes the same tables.
 */
export interface DiplomacyGraphTables {
  /** One row per entity, with counts of statements, positions and mentions. */
  entities(): EntityRow[];
  /** One row per alias (or lookup-only alias) of an entity. */
  aliases(): AliasRow[];
  /** One row per curated attribute of an entity. */
  entityAttributes(): EntityAttributeRow[];
  /** One row per source document. */
  documents(): DocumentRow[];
  /** One row per metadata field of a document, with its quote or the reason it is inferred. */
  documentMetadata(): DocumentMetadataRow[];
  /** One row per statement × evidence, qualifiers flattened. */
  statements(): StatementRow[];
  /** One row per value of a statement's areas qualifier. */
  statementAreas(): StatementAreaRow[];
  /** One row per stated position × evidence. */
  positions(): PositionRow[];
  /** One row per entity a position is about besides its topic. */
  positionAbout(): PositionAboutRow[];
  /** One row per mention of an entity in a document. */
  mentions(): MentionRow[];
  /** One row per link between two actors (statement or position) × evidence. */
  dyads(options?: DyadsTableOptions): DyadRow[];
  /** The Frictionless Data Package descriptor of the tables (`datapackage.json`). */
  dataPackage(): DataPackage;
  /** Writes every table as `<name>.csv` and `datapackage.json` to a folder; resolves to the paths written. */
  write(directory: string): Promise<string[]>;
}

/** An opened, validated, immutable knowledge graph. */
export interface DiplomacyGraphHandle {
  /** Content hash of the dataset: cite it with results. */
  readonly version: string;
  readonly dataset: Dataset;
  /** The graphology graph (nodes: entities; edges: statements and positions), for your own algorithms. */
  readonly graph: DiplomacyGraph;
  /** The graph with all indexes, for the graph-layer functions. */
  readonly kg: KnowledgeGraph;
  /** Runs a GraphQL operation in-process. Typed when given a TypedDocumentNode. */
  query<TResult = Record<string, unknown>, TVariables = Record<string, unknown>>(
    document: string | DocumentNode | TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    operationName?: string,
  ): Promise<ExecutionResult<TResult>>;
  /** Tidy tables for data frames. */
  readonly tables: DiplomacyGraphTables;
  /** The graph in an export format: the text, or for `csv` the nodes.csv/edges.csv pair. */
  export(format: 'csv', options?: ExportOptions): CsvPair;
  export(format: Exclude<ExportFormat, 'csv'>, options?: ExportOptions): string;
  /** Writes the graph in an export format to a file (csv: a folder); resolves to the paths written. */
  writeExport(format: ExportFormat, out: string, options?: ExportOptions): Promise<string[]>;
  /** An SVG picture of the ego network of an entity (id or alias); see {@link egoNetworkSvg}. */
  egoNetworkSvg(entity: string, options?: EgoNetworkSvgOptions): string;
}

/**
 * The library's operations, prepared once per process: every handle runs against the same
 * schema, so a notebook that re-opens a graph keeps its prepared and compiled queries.
 */
const preparedOperations = new PreparedOperations();

/** Wraps an already built knowledge graph in the library API. */
export function graphHandle(kg: KnowledgeGraph): DiplomacyGraphHandle {
  return {
    version: kg.dataset.version,
    dataset: kg.dataset,
    // A getter: the graphology graph is built when first read.
    get graph() {
      return kg.graph;
    },
    kg,
    query: (document, variables, operationName) =>
      executeQuery({ kg }, document, variables as Record<string, unknown> | undefined, operationName, preparedOperations) as never,
    tables: {
      entities: () => entitiesTable(kg),
      aliases: () => aliasesTable(kg),
      entityAttributes: () => entityAttributesTable(kg),
      documents: () => documentsTable(kg),
      documentMetadata: () => documentMetadataTable(kg),
      statements: () => statementsTable(kg),
      statementAreas: () => statementAreasTable(kg),
      positions: () => positionsTable(kg),
      positionAbout: () => positionAboutTable(kg),
      mentions: () => mentionsTable(kg),
      dyads: (options) => dyadsTable(kg, options),
      dataPackage: () => dataPackage(kg),
      write: (directory) => writeTables(kg, directory),
    },
    export: ((format: ExportFormat, options?: ExportOptions) => exportAs(kg, format, options)) as DiplomacyGraphHandle['export'],
    writeExport: (format, out, options) => writeExport(kg, format, out, options),
    egoNetworkSvg: (entity, options) => egoNetworkSvg(kg, entity, options),
  };
}

/**
 * Loads, validates and indexes a dataset (default: the embedded seeds) and returns the library
 * handle. Throws `DatasetError` naming every problem; nothing half-loads.
 */
export async function openGraph(options: OpenGraphOptions = {}): Promise<DiplomacyGraphHandle> {
  // graphql-jit loads while the dataset does, so that repeated queries run compiled from the start.
  const [dataset] = await Promise.all([
    loadDataset(options.directory, { cache: options.cache === undefined ? defaultEntryCache() : options.cache }),
    loadJit(),
  ]);
  return graphHandle(createKnowledgeGraph(dataset));
}
