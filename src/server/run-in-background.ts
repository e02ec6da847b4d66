import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { GraphWork } from '../graph/steps.js';
import { runSliced } from './run-sliced.js';

/**
 * Runs in progress, per knowledge graph and work key: the requests that need the same work while
 * it runs share one run. Process-wide on purpose (a graph may be served by several yoga instances
 * during a swap); held weakly, and each entry is removed when its run ends.
 */
const running = new WeakMap<KnowledgeGraph, Map<string, Promise<void>>>();

/**
 * Runs `work` on `kg` in slices of about `sliceMs` between turns of the event loop (see
 * {@link runSliced}), so that a server keeps answering other requests meanwhile; the graph layer
 * memoises the result, and its synchronous query function then answers at once. Resolves at once
 * when the work is done already; a call while the same work runs on the same graph shares that
 * run. Rejects with what a step threw.
 */
export function runInBackground(kg: KnowledgeGraph, work: GraphWork, sliceMs = 10): Promise<void> {
  if (work.done) return Promise.resolve();
  let runs = running.get(kg);
  const current = runs?.get(work.key);
  if (current) return current;
  if (!runs) running.set(kg, (runs = new Map<string, Promise<void>>()));
  const forGraph = runs;
  const run = runSliced(work.steps(), sliceMs).finally(() => forGraph.delete(work.key));
  forGraph.set(work.key, run);
  return run;
}

/** The run of the work with this key on `kg`, while {@link runInBackground} runs it; else undefined. */
export function backgroundRun(kg: KnowledgeGraph, key: string): Promise<void> | undefined {
  return running.get(kg)?.get(key);
}
