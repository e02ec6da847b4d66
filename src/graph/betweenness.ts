import { runToEnd, type Steps } from './steps.js';
import type { TieProjection } from './tie-projection.js';

/**
 * Work (node and tie visits) an exact betweenness may take before it is estimated from sampled
 * sources instead: about a second on one core. Exact betweenness costs a breadth-first search per
 * entity, O(V · (V + E)): a few milliseconds for the seeds, but hours for 100,000 entities.
 */
export const BETWEENNESS_WORK_BUDGET = 200_000_000;
/** Fewest sources an estimate uses, whatever the budget. */
export const MIN_BETWEENNESS_SAMPLES = 32;
/** Most work a caller may ask for with an explicit sample count (five budgets). */
const MAX_BETWEENNESS_WORK = 5 * BETWEENNESS_WORK_BUDGET;
/** Seed of the source sampling: the same graph and sample count always give the same estimate. */
const BETWEENNESS_SAMPLE_SEED = 0x5eed;

/** Visits of one breadth-first search from a source: every node and both ends of every tie, at most. */
function workPerSource(projection: TieProjection): number {
  return projection.ids.length + projection.neighbours.length;
}

/** Sources that fit {@link BETWEENNESS_WORK_BUDGET}: every entity (exact) when the graph is small enough. */
export function defaultBetweennessSamples(projection: TieProjection): number {
  const n = projection.ids.length;
  const fitting = Math.floor(BETWEENNESS_WORK_BUDGET / Math.max(1, workPerSource(projection)));
  return fitting >= n ? n : Math.min(n, Math.max(MIN_BETWEENNESS_SAMPLES, fitting));
}

/** Most sources an explicit sample count may ask for: what {@link MAX_BETWEENNESS_WORK} allows, at most every node. */
export function maxBetweennessSamples(projection: TieProjection): number {
  const fitting = Math.floor(MAX_BETWEENNESS_WORK / Math.max(1, workPerSource(projection)));
  return Math.min(projection.ids.length, Math.max(MIN_BETWEENNESS_SAMPLES, fitting));
}

/** mulberry32: a small, fast, seedable generator; sampling must be reproducible, not secret. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct node indices out of `n`, uniformly at random (seeded partial Fisher–Yates), ascending. */
export function sampleSources(n: number, count: number, seed = BETWEENNESS_SAMPLE_SEED): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (count >= n) return all;
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    const picked = all[j] as number;
    all[j] = all[i] as number;
    all[i] = picked;
  }
  return all.slice(0, count).sort();
}

/**
 * Betweenness centrality of every node of `projection` (Brandes' algorithm, unweighted), normalised
 * like graphology-metrics: the share of the shortest paths between pairs of other nodes that pass
 * through the node, 1 / ((n − 1)(n − 2)) over both directions of each pair.
 *
 * With `sources` (a subset of the nodes), the Brandes–Pich estimate: the dependencies accumulated
 * from those sources only, scaled by n / |sources|. It is unbiased, and exact when `sources` is
 * every node. Cost: one breadth-first search per source.
 */
export function betweennessCentrality(projection: TieProjection, sources: Int32Array): Float64Array {
  return runToEnd(betweennessSteps(projection, sources));
}

/** Working arrays of one Brandes run. */
interface BrandesState {
  readonly centrality: Float64Array;
  readonly distance: Int32Array;
  readonly sigma: Float64Array;
  readonly delta: Float64Array;
  /** Nodes in the order the search reached them: the queue, then the stack read backwards. */
  readonly order: Int32Array;
  /** How many nodes the last search reached. */
  reached: number;
}

/**
 * {@link betweennessCentrality} as steps: one yield after each source's search, so that a server
 * can run it in slices between requests (see `GraphWork`). Same result.
 */
export function* betweennessSteps(projection: TieProjection, sources: Int32Array): Steps<Float64Array> {
  const n = projection.ids.length;
  const state: BrandesState = {
    centrality: new Float64Array(n),
    distance: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    reached: 0,
  };
  for (let k = 0; k < sources.length; k++) {
    accumulateSource(projection, state, sources[k] as number);
    yield;
  }
  const { centrality } = state;
  const scale = (n > 2 ? 1 / ((n - 1) * (n - 2)) : 1) * (sources.length > 0 ? n / sources.length : 1);
  for (let i = 0; i < n; i++) centrality[i] = (centrality[i] as number) * scale;
  return centrality;
}

/** One source of Brandes' algorithm: a breadth-first search from `s`, then its dependencies added to `state.centrality`. */
function accumulateSource(projection: TieProjection, state: BrandesState, s: number): void {
  const { offsets, neighbours } = projection;
  const { centrality, distance, sigma, delta, order } = state;
  for (let i = 0; i < state.reached; i++) {
    const v = order[i] as number;
    distance[v] = -1;
    sigma[v] = 0;
    delta[v] = 0;
  }
  distance[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let reached = 1;
  for (let head = 0; head < reached; head++) {
    const v = order[head] as number;
    const next = (distance[v] as number) + 1;
    for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
      const w = neighbours[e] as number;
      if (distance[w] === -1) {
        distance[w] = next;
        order[reached++] = w;
      }
      if (distance[w] === next) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
    }
  }
  state.reached = reached;
  for (let i = reached - 1; i > 0; i--) {
    const w = order[i] as number;
    const previous = (distance[w] as number) - 1;
    const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
    for (let e = offsets[w] as number, end = offsets[w + 1] as number; e < end; e++) {
      const v = neighbours[e] as number;
      if (distance[v] === previous) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
    }
    centrality[w] = (centrality[w] as number) + (delta[w] as number);
  }
}
