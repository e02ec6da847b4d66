import type { EntityKind } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import { betweennessSteps, defaultBetweennessSamples, maxBetweennessSamples, sampleSources } from './betweenness.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { MAX_PAGE_SIZE } from './paginate.js';
import { perGraph } from './per-graph.js';
import { runToEnd, type GraphWork, type Steps } from './steps.js';
import { eigenvectorSteps, pagerankSteps } from './spectral-centrality.js';
import { tieCount, tieProjection, type TieProjection } from './tie-projection.js';

/** The centrality measures {@link centrality} computes. */
export const CENTRALITY_MEASURES = ['degree', 'betweenness', 'pagerank', 'eigenvector'] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

/** An entity's score under a measure and its rank (1 = most central; equal scores share a rank). */
export interface CentralityScore {
  readonly entity: string;
  readonly score: number;
  readonly rank: number;
  /** True when the score is an estimate from sampled sources (BETWEENNESS on a large graph). */
  readonly approximate: boolean;
  /** Sources the estimate used; null when the score is exact. */
  readonly samples: number | null;
}

export interface CentralityOptions {
  /** Rank only entities of this kind (ranks are then within the kind). */
  readonly kind?: EntityKind | null;
  /** How many to return, from the top; default 20, at most {@link MAX_PAGE_SIZE}. */
  readonly first?: number | null;
  /** Count position links (holder – topic/about) as ties too. Default false: statements only. */
  readonly includePositions?: boolean | null;
  /**
   * BETWEENNESS only: estimate from this many sources, sampled with a fixed seed (Brandes–Pich), so
   * the same graph and count always give the same scores. Default: exact when the graph is small
   * enough for `BETWEENNESS_WORK_BUDGET` (betweenness.ts), else as many sources as that budget
   * allows (at least `MIN_BETWEENNESS_SAMPLES`). At most what `MAX_BETWEENNESS_WORK` allows.
   */
  readonly samples?: number | null;
}

/** Scores of one measure, and how they were computed. */
interface ComputedScores {
  readonly scores: ReadonlyMap<string, number>;
  /** Sources a betweenness estimate used; null when the scores are exact. */
  readonly samples: number | null;
}

/**
 * The graph centralities are computed on (see {@link tieProjection}): every entity, and one
 * undirected, unweighted tie between two entities linked by at least one statement (and position,
 * if included), self-loops dropped. A knowledge graph's edge directions are reading directions
 * ("member of" / "has member"), not flows, and its parallel edges are several facts about one tie.
 */
const projections = perGraph(() => new Map<boolean, TieProjection>());
function projectionOf(kg: KnowledgeGraph, includePositions: boolean): TieProjection {
  const cache = projections(kg);
  let projection = cache.get(includePositions);
  if (!projection) cache.set(includePositions, (projection = tieProjection(kg, includePositions)));
  return projection;
}

function byId(ids: readonly string[], values: ArrayLike<number>): Map<string, number> {
  const scores = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) scores.set(ids[i] as string, values[i] as number);
  return scores;
}

/** The scores of a measure as steps (one per betweenness source or power iteration), so they can be computed in slices. */
function* scoreSteps(
  kg: KnowledgeGraph,
  measure: CentralityMeasure,
  includePositions: boolean,
  samples: number | null,
): Steps<ComputedScores> {
  const projection = projectionOf(kg, includePositions);
  const { ids, offsets } = projection;
  switch (measure) {
    case 'degree': {
      const n = ids.length;
      const degrees = ids.map((_id, i) => (n > 1 ? ((offsets[i + 1] as number) - (offsets[i] as number)) / (n - 1) : 0));
      return { scores: byId(ids, degrees), samples: null };
    }
    case 'betweenness': {
      const sources = sampleSources(ids.length, samples ?? defaultBetweennessSamples(projection));
      const exact = sources.length === ids.length;
      return { scores: byId(ids, yield* betweennessSteps(projection, sources)), samples: exact ? null : sources.length };
    }
    case 'pagerank':
      return { scores: byId(ids, yield* pagerankSteps(projection)), samples: null };
    case 'eigenvector':
      return { scores: byId(ids, yield* eigenvectorSteps(projection)), samples: null };
  }
}

/**
 * Scores per measure (and sample count), computed on first use and memoised per graph (see
 * {@link perGraph}): a pure function of an immutable graph, not a process-wide cache.
 */
const scoreCache = perGraph(() => new Map<string, ComputedScores>());

function checkMeasure(measure: CentralityMeasure): void {
  if (!(CENTRALITY_MEASURES as readonly string[]).includes(measure)) {
    throw new InvalidArgumentError(`measure: "${String(measure)}" is not one of ${CENTRALITY_MEASURES.join(', ')}`);
  }
}

/** The sample count to use: null for the default; checked against the measure and the work limit. */
function checkSamples(
  kg: KnowledgeGraph,
  measure: CentralityMeasure,
  includePositions: boolean,
  samples: number | null | undefined,
): number | null {
  if (samples === null || samples === undefined) return null;
  if (measure !== 'betweenness')
    throw new InvalidArgumentError(`samples: only BETWEENNESS is estimated from sampled sources, not ${measure.toUpperCase()}`);
  if (!Number.isInteger(samples) || samples < 1) throw new InvalidArgumentError(`samples must be a positive integer, got ${samples}`);
  const projection = projectionOf(kg, includePositions);
  const n = projection.ids.length;
  const most = maxBetweennessSamples(projection);
  if (Math.min(samples, n) > most) {
    throw new InvalidArgumentError(
      `samples: at most ${most} on this graph (each sampled source costs a search of ${n} entities and ${tieCount(projection)} ties), got ${samples}`,
    );
  }
  return Math.min(samples, n);
}

/**
 * Estimates for explicit sample counts kept per graph, the most recently used: each holds a score
 * per entity, so a client asking for many different counts must not grow memory without bound.
 */
const MAX_CACHED_ESTIMATES = 8;

const scoreKey = (measure: CentralityMeasure, includePositions: boolean, samples: number | null): string =>
  `${measure}:${includePositions}:${samples ?? 'default'}`;

/** Keeps `computed` in the cache, dropping the oldest explicit estimate past {@link MAX_CACHED_ESTIMATES}. */
function remember(kg: KnowledgeGraph, key: string, samples: number | null, computed: ComputedScores): void {
  const cache = scoreCache(kg);
  if (cache.has(key)) {
    // Most recently used last, so the oldest estimate is the first to go.
    if (samples !== null) cache.delete(key);
  } else {
    const estimates = [...cache.keys()].filter((k) => !k.endsWith(':default'));
    if (samples !== null && estimates.length >= MAX_CACHED_ESTIMATES) cache.delete(estimates[0] as string);
  }
  cache.set(key, computed);
}

function computedScores(kg: KnowledgeGraph, measure: CentralityMeasure, includePositions: boolean, samples: number | null): ComputedScores {
  const key = scoreKey(measure, includePositions, samples);
  const computed = scoreCache(kg).get(key) ?? runToEnd(scoreSteps(kg, measure, includePositions, samples));
  remember(kg, key, samples, computed);
  return computed;
}

/**
 * The computation {@link centrality} needs for these options, as {@link GraphWork}: steps (one
 * betweenness source or power iteration each) that compute the scores and memoise them for the
 * graph, so that {@link centrality} then answers from the memo at once. An adapter runs them in
 * slices between requests (the server's `runInBackground`), sharing one run between the requests
 * that wait for it. Throws what {@link centrality} would for invalid options. (The tie projection
 * the measures run on is built in one go by the first step; it is linear in the ties.)
 */
export function centralityWork(
  kg: KnowledgeGraph,
  measure: CentralityMeasure,
  options: Pick<CentralityOptions, 'includePositions' | 'samples'> = {},
): GraphWork {
  checkMeasure(measure);
  const includePositions = options.includePositions ?? false;
  const samples = checkSamples(kg, measure, includePositions, options.samples);
  const key = scoreKey(measure, includePositions, samples);
  return {
    key: `centrality:${key}`,
    get done() {
      return scoreCache(kg).has(key);
    },
    *steps() {
      if (scoreCache(kg).has(key)) return;
      const computed = yield* scoreSteps(kg, measure, includePositions, samples);
      // Another run (or a synchronous `centrality`) may have memoised it meanwhile: keep the first.
      if (!scoreCache(kg).has(key)) remember(kg, key, samples, computed);
    },
  };
}

/**
 * Every entity's score under `measure`, computed on first use and cached for the knowledge graph.
 * BETWEENNESS is exact when the graph is small enough (see `BETWEENNESS_WORK_BUDGET`) and
 * otherwise estimated; {@link centrality} says which.
 */
export function centralityScores(kg: KnowledgeGraph, measure: CentralityMeasure, includePositions = false): ReadonlyMap<string, number> {
  checkMeasure(measure);
  return computedScores(kg, measure, includePositions, null).scores;
}

/** Equal up to floating-point noise of the iterative measures. */
function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every entity, highest score first, ties by id: sorted once per computed measure. */
const rankings = new WeakMap<ComputedScores, ReadonlyArray<readonly [string, number]>>();
function rankingOf(computed: ComputedScores): ReadonlyArray<readonly [string, number]> {
  let ranked = rankings.get(computed);
  if (!ranked) {
    ranked = [...computed.scores].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    rankings.set(computed, ranked);
  }
  return ranked;
}

/**
 * The entities ranked by `measure` on the simple undirected projection of the graph (see
 * {@link tieProjection}): DEGREE = share of the other entities tied to it; BETWEENNESS = normalised
 * share of shortest paths through it (Brandes; estimated from sampled sources on large graphs, see
 * {@link CentralityOptions.samples}); PAGERANK (α 0.85) and EIGENVECTOR (L2-normalised) by power
 * iteration, as graphology-metrics computes them. Highest score first, ties by id; equal scores share a rank (1, 2, 2, 4). An
 * unknown measure, a negative `first` or a `samples` that is not allowed throws an
 * {@link InvalidArgumentError}. Scores and their order are computed once per measure; a ranking
 * then costs the entities it walks past.
 */
export function centrality(kg: KnowledgeGraph, measure: CentralityMeasure, options: CentralityOptions = {}): CentralityScore[] {
  checkMeasure(measure);
  const first = options.first ?? 20;
  if (!Number.isInteger(first) || first < 0) throw new InvalidArgumentError(`first must be a non-negative integer, got ${first}`);
  const includePositions = options.includePositions ?? false;
  const samples = checkSamples(kg, measure, includePositions, options.samples);
  const computed = computedScores(kg, measure, includePositions, samples);
  const kind = options.kind ?? null;
  const wanted = Math.min(first, MAX_PAGE_SIZE);
  const out: CentralityScore[] = [];
  for (const [entity, score] of rankingOf(computed)) {
    if (out.length >= wanted) break;
    if (kind !== null && kg.entityById.get(entity)?.kind !== kind) continue;
    const previous = out[out.length - 1];
    out.push({
      entity,
      score,
      rank: previous && sameScore(previous.score, score) ? previous.rank : out.length + 1,
      approximate: computed.samples !== null,
      samples: computed.samples,
    });
  }
  return out;
}
