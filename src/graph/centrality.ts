import { UndirectedGraph } from 'graphology';
// The sub-module index: its named exports type-check and load the same under NodeNext ESM.
import { betweenness, degree, eigenvector, pagerank } from 'graphology-metrics/centrality/index.js';
import type { EntityKind } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import { edgeFilter } from './edge-filter.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { MAX_PAGE_SIZE } from './paginate.js';
import { perGraph } from './per-graph.js';

/** The centrality measures {@link centrality} computes. */
export const CENTRALITY_MEASURES = ['degree', 'betweenness', 'pagerank', 'eigenvector'] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

/** An entity's score under a measure and its rank (1 = most central; equal scores share a rank). */
export interface CentralityScore {
  readonly entity: string;
  readonly score: number;
  readonly rank: number;
}

export interface CentralityOptions {
  /** Rank only entities of this kind (ranks are then within the kind). */
  readonly kind?: EntityKind | null;
  /** How many to return, from the top; default 20, at most {@link MAX_PAGE_SIZE}. */
  readonly first?: number | null;
  /** Count position links (holder – topic/about) as ties too. Default false: statements only. */
  readonly includePositions?: boolean | null;
}

/**
 * The graph centralities are computed on: every entity, and one undirected, unweighted tie between
 * two entities linked by at least one statement (and position, if included), self-loops dropped.
 * A knowledge graph's edge directions are reading directions ("member of" / "has member"), not
 * flows, and its parallel edges are several facts about one tie.
 */
function simpleUndirectedProjection(kg: KnowledgeGraph, includePositions: boolean): UndirectedGraph {
  const accept = edgeFilter(kg, { includePositions });
  const projection = new UndirectedGraph();
  kg.graph.forEachNode((node) => projection.addNode(node));
  kg.graph.forEachEdge((_key, attributes, source, target) => {
    if (source !== target && accept(attributes)) projection.mergeEdge(source, target);
  });
  return projection;
}

function computeScores(kg: KnowledgeGraph, measure: CentralityMeasure, includePositions: boolean): ReadonlyMap<string, number> {
  const projection = simpleUndirectedProjection(kg, includePositions);
  let scores: Record<string, number>;
  switch (measure) {
    case 'degree':
      scores = degree(projection);
      break;
    case 'betweenness':
      scores = betweenness(projection, { getEdgeWeight: null, normalized: true });
      break;
    case 'pagerank':
      scores = pagerank(projection, { getEdgeWeight: null, maxIterations: 1000 });
      break;
    case 'eigenvector':
      scores = eigenvector(projection, { getEdgeWeight: null, maxIterations: 1000 });
      break;
  }
  return new Map(Object.entries(scores));
}

/** Scores per measure, computed on first use and cached: the knowledge graph is immutable. */
const scoreCache = perGraph(() => new Map<string, ReadonlyMap<string, number>>());

/** Every entity's score under `measure`, computed on first use and cached for the knowledge graph. */
export function centralityScores(kg: KnowledgeGraph, measure: CentralityMeasure, includePositions = false): ReadonlyMap<string, number> {
  if (!(CENTRALITY_MEASURES as readonly string[]).includes(measure)) {
    throw new InvalidArgumentError(`measure: "${String(measure)}" is not one of ${CENTRALITY_MEASURES.join(', ')}`);
  }
  const cache = scoreCache(kg);
  const key = `${measure}:${includePositions}`;
  let scores = cache.get(key);
  if (!scores) {
    scores = computeScores(kg, measure, includePositions);
    cache.set(key, scores);
  }
  return scores;
}

/** Equal up to floating-point noise of the iterative measures. */
function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The entities ranked by `measure`, computed with graphology-metrics on the simple undirected
 * projection of the graph (see {@link simpleUndirectedProjection}): DEGREE = share of the other
 * entities tied to it; BETWEENNESS = normalised share of shortest paths through it; PAGERANK
 * (α 0.85); EIGENVECTOR (L2-normalised). Highest score first, ties by id; equal scores share a
 * rank (1, 2, 2, 4). An unknown measure or a negative `first` throws an {@link InvalidArgumentError}.
 */
export function centrality(kg: KnowledgeGraph, measure: CentralityMeasure, options: CentralityOptions = {}): CentralityScore[] {
  const first = options.first ?? 20;
  if (!Number.isInteger(first) || first < 0) throw new InvalidArgumentError(`first must be a non-negative integer, got ${first}`);
  const scores = centralityScores(kg, measure, options.includePositions ?? false);
  const kind = options.kind ?? null;
  const ranked = [...scores]
    .filter(([id]) => kind === null || kg.entityById.get(id)?.kind === kind)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  const out: CentralityScore[] = [];
  for (const [i, [entity, score]] of ranked.slice(0, Math.min(first, MAX_PAGE_SIZE)).entries()) {
    const previous = out[i - 1];
    out.push({ entity, score, rank: previous && sameScore(previous.score, score) ? previous.rank : i + 1 });
  }
  return out;
}
