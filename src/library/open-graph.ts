import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode, ExecutionResult } from 'graphql';
import { loadDataset } from '../dataset/load-dataset.js';
import type { Dataset } from '../dataset/model.js';
import { executeQuery } from '../graphql/execute-query.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { DiplomacyGraph } from '../graph/types.js';

/** Options of {@link openGraph}. */
export interface OpenGraphOptions {
  /** A dataset directory in the seeds/ format. Default: the embedded seeds. */
  readonly directory?: string;
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
}

/** Wraps an already built knowledge graph in the library API. */
export function graphHandle(kg: KnowledgeGraph): DiplomacyGraphHandle {
  return {
    version: kg.dataset.version,
    dataset: kg.dataset,
    graph: kg.graph,
    kg,
    query: async (document, variables, operationName) =>
      (await executeQuery({ kg }, document, variables as Record<string, unknown> | undefined, operationName)) as never,
  };
}

/**
 * Loads, validates and indexes a dataset (default: the embedded seeds) and returns the library
 * handle. Throws `DatasetError` naming every problem; nothing half-loads.
 */
export async function openGraph(options: OpenGraphOptions = {}): Promise<DiplomacyGraphHandle> {
  return graphHandle(createKnowledgeGraph(await loadDataset(options.directory)));
}
