import { fileURLToPath } from 'node:url';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { loadGraph } from '../helpers/graphs.js';

/**
 * Path of the query-API test dataset: two synthetic documents with times of every precision
 * (1992, 1990s, 2024, 2024-06, 2024-07-05, 2025-03, --01-22, --02-18), facts stated by one or two
 * documents, and one fact curated twice (Ana Ortiz's office).
 */
const QUERY_API_SEEDS = fileURLToPath(new URL('../fixtures/query-api', import.meta.url));

/** The knowledge graph of tests/fixtures/query-api, loaded once per test file. */
export const queryApiGraph = (): Promise<KnowledgeGraph> => loadGraph(QUERY_API_SEEDS);
