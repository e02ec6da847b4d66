import { runToEnd, type Steps } from './steps.js';
import type { TieProjection } from './tie-projection.js';

/**
 * PageRank and eigenvector centrality by power iteration over a {@link TieProjection}: the same
 * iterations as graphology-metrics (unweighted, in node and neighbour order, converged when the
 * summed change is below `n × tolerance`), on typed arrays instead of a graphology copy of the
 * projection, which for a million ties cost more to build than the iterations themselves.
 */
export interface PowerIterationOptions {
  /** Most iterations before giving up (an Error: the measure did not converge). */
  readonly maxIterations: number;
  /** Mean change per node under which the scores count as converged. */
  readonly tolerance: number;
}

const DEFAULTS: PowerIterationOptions = { maxIterations: 1000, tolerance: 1e-6 };

function converged(x: Float64Array, previous: Float64Array, tolerance: number): boolean {
  let error = 0;
  for (let i = 0; i < x.length; i++) error += Math.abs((x[i] as number) - (previous[i] as number));
  return error < x.length * tolerance;
}

/** PageRank with damping `alpha` (default 0.85); a node without ties spreads its rank evenly. Sums to 1. */
export function pagerankCentrality(
  projection: TieProjection,
  options: Partial<PowerIterationOptions> & { alpha?: number } = {},
): Float64Array {
  return runToEnd(pagerankSteps(projection, options));
}

/** {@link pagerankCentrality} as steps: one yield after each iteration (an adapter may run them in slices, see `GraphWork`). */
export function* pagerankSteps(
  projection: TieProjection,
  options: Partial<PowerIterationOptions> & { alpha?: number } = {},
): Steps<Float64Array> {
  const { maxIterations, tolerance } = { ...DEFAULTS, ...options };
  const alpha = options.alpha ?? 0.85;
  const { offsets, neighbours } = projection;
  const n = projection.ids.length;
  if (n === 0) return new Float64Array(0);
  const p = 1 / n;
  const share = new Float64Array(n);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    const degree = (offsets[i + 1] as number) - (offsets[i] as number);
    if (degree === 0) dangling.push(i);
    else share[i] = 1 / degree;
  }
  let x = new Float64Array(n).fill(p);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const previous = x;
    x = new Float64Array(n);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += previous[i] as number;
    dangleSum *= alpha;
    for (let i = 0; i < n; i++) {
      const out = alpha * (previous[i] as number);
      const weight = share[i] as number;
      for (let e = offsets[i] as number, end = offsets[i + 1] as number; e < end; e++) {
        const v = neighbours[e] as number;
        x[v] = (x[v] as number) + out * weight;
      }
      x[i] = (x[i] as number) + dangleSum * p + (1 - alpha) * p;
    }
    if (converged(x, previous, tolerance)) return x;
    yield;
  }
  throw new Error(`pagerank: failed to converge in ${maxIterations} iterations`);
}

/** Overflow-safe Euclidean norm (graphology-metrics' `safeVariadicHypot`). */
function norm(x: Float64Array): number {
  let max = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const v = Math.abs(x[i] as number);
    if (v > max) {
      s *= (max / v) * (max / v);
      max = v;
    }
    s += v === 0 && max === 0 ? 0 : (v / max) * (v / max);
  }
  return max === Infinity ? 1 : max * Math.sqrt(s);
}

/** Eigenvector centrality, L2-normalised (iterating x ← (I + A)x, which also converges on bipartite graphs). */
export function eigenvectorCentrality(projection: TieProjection, options: Partial<PowerIterationOptions> = {}): Float64Array {
  return runToEnd(eigenvectorSteps(projection, options));
}

/** {@link eigenvectorCentrality} as steps: one yield after each iteration (an adapter may run them in slices, see `GraphWork`). */
export function* eigenvectorSteps(projection: TieProjection, options: Partial<PowerIterationOptions> = {}): Steps<Float64Array> {
  const { maxIterations, tolerance } = { ...DEFAULTS, ...options };
  const { offsets, neighbours } = projection;
  const n = projection.ids.length;
  if (n === 0) return new Float64Array(0);
  let x = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const previous = x;
    x = new Float64Array(previous);
    for (let i = 0; i < n; i++) {
      const value = previous[i] as number;
      for (let e = offsets[i] as number, end = offsets[i + 1] as number; e < end; e++) {
        const v = neighbours[e] as number;
        x[v] = (x[v] as number) + value;
      }
    }
    const length = norm(x);
    for (let i = 0; i < n; i++) x[i] = (x[i] as number) / length;
    if (converged(x, previous, tolerance)) return x;
    yield;
  }
  throw new Error(`eigenvector: failed to converge in ${maxIterations} iterations`);
}
