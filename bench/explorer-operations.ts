/**
 * Server time of the browser explorer's operations (operations/explorer.graphql), as the page
 * sends them: executed through the GraphQL layer in-process (`executeQuery`: the parsed and
 * validated document cached, as the server caches it), with the variables the page would send
 * while opening a hub, expanding nodes, reading evidence, a document, a path and a timeline.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ExplorerDocumentDocument,
  ExplorerEntityDocument,
  ExplorerNeighbourhoodDocument,
  ExplorerPathsDocument,
  ExplorerSearchDocument,
  ExplorerStatementDocument,
  ExplorerTimelineDocument,
} from '../src/client/generated/graphql.js';
import { executeQuery } from '../src/graphql/execute-query.js';
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.js';

/** Latency of one operation: median and 99th percentile in microseconds, and the answer's JSON size in bytes. */
export interface OperationLatency {
  readonly p50: number;
  readonly p99: number;
  readonly bytes: number;
}

/** The entities the operations are about. */
export interface ExplorerTargets {
  readonly hub: string;
  readonly typical: string;
  readonly leaf: string;
}

/** Runs `document` once; throws when the answer has errors (a bench of errors measures nothing). */
async function run<R, V>(kg: KnowledgeGraph, document: TypedDocumentNode<R, V>, variables: V): Promise<number> {
  const result = await executeQuery({ kg }, document, variables as Record<string, unknown>);
  if (result.errors !== undefined) throw new Error(`explorer bench: ${result.errors.map((e) => e.message).join('; ')}`);
  return JSON.stringify(result.data).length;
}

/** Times an operation: at least 10 runs or 300 ms, at most 3 s. */
async function time<R, V>(kg: KnowledgeGraph, document: TypedDocumentNode<R, V>, variables: V): Promise<OperationLatency> {
  const bytes = await run(kg, document, variables);
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < 10 || (performance.now() - started < 300 && samples.length < 10_000)) {
    const t = performance.now();
    await run(kg, document, variables);
    samples.push((performance.now() - t) * 1000);
    if (performance.now() - started > 3000) break;
  }
  samples.sort((a, b) => a - b);
  return {
    p50: samples[Math.floor(samples.length / 2)]!,
    p99: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))]!,
    bytes,
  };
}

/** Server time of each explorer operation on `kg` (the search index must be built already, or the first search builds it). */
export async function explorerLatencies(kg: KnowledgeGraph, targets: ExplorerTargets): Promise<Record<string, OperationLatency>> {
  const name = kg.entityById.get(targets.typical)?.name ?? targets.typical;
  const statement = (kg.statementsBySubject.get(targets.hub) ?? [])[0]?.id ?? kg.dataset.statements[0]!.id;
  const document = kg.dataset.documents[0]!.id;
  return {
    'ExplorerSearch (suggestions for a name)': await time(kg, ExplorerSearchDocument, { query: name }),
    'ExplorerNeighbourhood (open the hub, 25 neighbours)': await time(kg, ExplorerNeighbourhoodDocument, { entity: targets.hub }),
    'ExplorerNeighbourhood (hub, 2nd expansion: 50)': await time(kg, ExplorerNeighbourhoodDocument, { entity: targets.hub, limit: 50 }),
    'ExplorerNeighbourhood (expand a typical node)': await time(kg, ExplorerNeighbourhoodDocument, { entity: targets.typical }),
    'ExplorerEntity (card of the hub)': await time(kg, ExplorerEntityDocument, { id: targets.hub }),
    'ExplorerStatement (evidence of an edge)': await time(kg, ExplorerStatementDocument, { id: statement }),
    'ExplorerDocument (document view)': await time(kg, ExplorerDocumentDocument, { id: document }),
    'ExplorerPaths (typical → leaf)': await time(kg, ExplorerPathsDocument, { from: targets.typical, to: targets.leaf }),
    'ExplorerTimeline (typical)': await time(kg, ExplorerTimelineDocument, { entity: targets.typical }),
  };
}
