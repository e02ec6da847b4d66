/**
 * In-process bench: operations per second of the library's `query()` for each representative
 * operation, against the graph-layer calls that compute the same answer (`direct`), measured
 * back to back in one process. The ratio `direct / query` is how many times more work the
 * GraphQL layer costs.
 *
 * Usage: `tsx bench/in-process.ts [--seconds 1] [--json]`
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { graphHandle, type DiplomacyGraphHandle } from '../src/library/open-graph.js';
import { loadDataset } from '../src/dataset/load-dataset.js';
import { loadJit } from '../src/graphql/jit-compiled.js';
import { createKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { benchOperations, checkDirect, type BenchOperation } from './operations.js';

/** One operation's figures. */
export interface InProcessResult {
  readonly name: string;
  /** `query()` operations per second. */
  readonly queryOps: number;
  /** Direct graph-layer calls per second. */
  readonly directOps: number;
  /** directOps / queryOps (median of alternating rounds): how many times slower `query()` is. */
  readonly ratio: number;
}

/** Runs `fn` for about `ms` milliseconds; calls per second. */
async function opsPerSecond(fn: () => unknown, ms: number): Promise<number> {
  const end = performance.now() + ms;
  let n = 0;
  let now = performance.now();
  const started = now;
  while (now < end) {
    // Batches of 8 keep the clock out of the measurement for sub-microsecond calls.
    for (let i = 0; i < 8; i++) await fn();
    n += 8;
    now = performance.now();
  }
  return (n * 1000) / (now - started);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * `query()` and `direct` measured in alternating slices (a warm-up, then 5 rounds of each), so
 * that load from other processes hits both alike; medians of the rounds.
 */
async function compare(query: () => unknown, direct: () => unknown, ms: number): Promise<[number, number, number]> {
  await opsPerSecond(query, ms / 10);
  await opsPerSecond(direct, ms / 10);
  const q: number[] = [];
  const d: number[] = [];
  const r: number[] = [];
  for (let round = 0; round < 5; round++) {
    q.push(await opsPerSecond(query, ms / 5));
    d.push(await opsPerSecond(direct, ms / 5));
    r.push((d[round] as number) / (q[round] as number));
  }
  return [median(q), median(d), median(r)];
}

/** Measures every operation against `handle`; checks first that `direct` gives the query's data. */
export async function benchInProcess(
  handle: DiplomacyGraphHandle,
  operations: readonly BenchOperation[] = benchOperations(),
  seconds = 1,
): Promise<InProcessResult[]> {
  const results: InProcessResult[] = [];
  // As openGraph() does: timing loops only yield to microtasks, in which the import never ends.
  await loadJit();
  for (const op of operations) {
    const answer = await handle.query(op.query, op.variables);
    if (answer.errors) throw new Error(`${op.name}: ${JSON.stringify(answer.errors)}`);
    checkDirect(op, handle.kg, answer.data);
    const [queryOps, directOps, ratio] = await compare(
      () => handle.query(op.query, op.variables),
      () => op.direct(handle.kg),
      seconds * 1000,
    );
    results.push({ name: op.name, queryOps, directOps, ratio });
  }
  return results;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } } });
  // From the repository root (npm run bench); the compiled copy under bench/.tmp cannot find seeds/ itself.
  const handle = graphHandle(createKnowledgeGraph(await loadDataset(resolve('seeds'))));
  const results = await benchInProcess(handle, benchOperations(), Number(values.seconds));
  if (values.json) process.stdout.write(`${JSON.stringify(results)}\n`);
  else
    for (const r of results)
      process.stdout.write(
        `${r.name.padEnd(26)} query() ${r.queryOps.toFixed(0).padStart(8)}/s  direct ${r.directOps.toFixed(0).padStart(8)}/s  ratio ${r.ratio.toFixed(2)}×\n`,
      );
}
