/**
 * Scale bench: synthetic datasets (bench/synthetic/generate.ts) of 10k, 100k and 1M statements,
 * each loaded in a fresh process: read + validate + build time (wall and CPU), heap after a full
 * GC, peak RSS, and graph-layer latency of lookups, relations, a 2-hop neighbourhood and a path;
 * then the first use of the structures built lazily per graph (the full-text search index, the
 * centrality scores) and latency once they are built.
 *
 * Usage: `node bench/.tmp/build/bench/scale.js [--sizes 10000,100000,1000000]` (npm run bench
 * runs it). Generated data goes to bench/.tmp/synthetic-<size> and is reused when present.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { directoryEntryCache } from '../src/dataset/directory-entry-cache.js';
import { loadDataset } from '../src/dataset/load-dataset.js';
import { centrality } from '../src/graph/centrality.js';
import { egoNetwork } from '../src/graph/ego-network.js';
import { entityRelations } from '../src/graph/entity-relations.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { listStatements } from '../src/graph/list-statements.js';
import { resolveEntity } from '../src/graph/resolve-entity.js';
import { search } from '../src/graph/search.js';
import { searchIndexOf } from '../src/graph/search-index-of.js';
import { shortestPath } from '../src/graph/shortest-paths.js';
import { explorerLatencies, type OperationLatency } from './explorer-operations.js';
import { generateDataset, type GeneratedDataset } from './synthetic/generate.js';

/** Latency of one graph-layer query: median and 99th percentile, in microseconds. */
export interface Latency {
  readonly p50: number;
  readonly p99: number;
  /** Size of the answer (items), to show what was computed. */
  readonly items: number;
}

/** What one dataset size measured. */
export interface ScaleResult {
  readonly statements: number;
  readonly entities: number;
  readonly documents: number;
  readonly positions: number;
  readonly mentions: number;
  readonly bytes: number;
  /**
   * The first load of the sources (no entry cache: every YAML file parsed by the `yaml` library and
   * shape-checked), wall and CPU ms, in its own process; it fills the entry cache the load below uses.
   */
  readonly firstLoad: { readonly wallMs: number; readonly cpuMs: number };
  readonly readMs: number;
  readonly buildDatasetMs: number;
  readonly buildGraphMs: number;
  /** read + validate + build, wall clock. */
  readonly totalMs: number;
  /** CPU time (user + system) of the same, which other processes' load does not inflate. */
  readonly totalCpuMs: number;
  readonly heapAfterGcMb: number;
  /** Peak RSS after load and the queries above, before the search index and centrality scores are built. */
  readonly peakRssMb: number;
  /** Wall time of the first `search()` call, which builds the full-text index (once per graph). */
  /** The first read of the mentions (parsed from the snapshot) and their indexes, built on first use. */
  readonly mentionIndexMs: number;
  readonly mentionIndexHeapMb: number;
  /** The first read of `kg.graph`: the graphology graph, built on first use (queries traverse the adjacency). */
  readonly graphologyMs: number;
  readonly graphologyHeapMb: number;
  readonly searchIndexMs: number;
  /** Memory growth (after a full GC) from building the search index: JS heap plus typed-array buffers, where its postings live. */
  readonly searchIndexHeapMb: number;
  /**
   * Wall time of the first `centrality()` call per measure, which computes the scores for the whole
   * graph (once per graph and measure). `degree` is timed first and so includes building the tie
   * projection the three share.
   */
  readonly centralityMs: { readonly degree: number; readonly pagerank: number; readonly betweenness: number };
  /** Whether betweenness was estimated from sampled sources, and from how many (null when exact). */
  readonly betweenness: { readonly approximate: boolean; readonly samples: number | null };
  readonly queries: Record<string, Latency>;
  /** Server time of the browser explorer's GraphQL operations (bench/explorer-operations.ts), after the search index is built. */
  readonly explorer: Record<string, OperationLatency>;
}

const median = (sorted: readonly number[]): number => sorted[Math.floor(sorted.length / 2)] as number;

/** Times `fn` repeatedly (at least 20 runs or 300 ms, at most 2 s). */
function latency(fn: () => number): Latency {
  let items = fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < 20 || (performance.now() - started < 300 && samples.length < 100_000)) {
    const t = performance.now();
    items = fn();
    samples.push((performance.now() - t) * 1000);
    if (performance.now() - started > 2000) break;
  }
  samples.sort((a, b) => a - b);
  return { p50: median(samples), p99: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))] as number, items };
}

/** Degree of the node whose relations are timed at every size: the same work at every size. */
const FIXED_DEGREE = 100;

/** The entity whose degree is nearest `degree` (the first in dataset order among ties). */
function entityOfDegree(kg: KnowledgeGraph, degree: number): string {
  let best = '';
  let bestGap = Infinity;
  for (const entity of kg.dataset.entities) {
    const gap = Math.abs(kg.adjacency.degree(entity.id) - degree);
    if (gap < bestGap) [best, bestGap] = [entity.id, gap];
  }
  return best;
}

/** Wall time of one call of `fn`, in milliseconds, and its result. */
function timeOnce<T>(fn: () => T): [number, T] {
  const t = performance.now();
  const result = fn();
  return [performance.now() - t, result];
}

/**
 * Latency of a search for an entity's name, and of the same search scoring every posting (no top-k
 * pruning): its baseline in the same run. Both are warmed up alternately first, so that neither
 * pays for compiling the code they share.
 */
function nameSearchLatencies(kg: KnowledgeGraph, name: string): Record<string, Latency> {
  const index = searchIndexOf(kg);
  const pruned = (): number => search(kg, name, { first: 10 }).length;
  const exhaustive = (): number =>
    index.search(name, {
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      first: 10,
      strategy: 'exhaustive',
    }).length;
  for (let i = 0; i < 20; i++) {
    pruned();
    exhaustive();
  }
  return {
    "search an entity's name (index built)": latency(pruned),
    "search an entity's name, every posting scored (baseline)": latency(exhaustive),
  };
}

/** The entry cache of a synthetic dataset's loads (emptied before its first load). */
const entryCacheOf = (dataset: GeneratedDataset): string => `${dataset.directory}.entry-cache`;

/** Child process: the first load of `dataset` (every file parsed, everything validated), which fills its entry cache and stores its snapshot. */
async function firstLoadWorker(dataset: GeneratedDataset): Promise<ScaleResult['firstLoad']> {
  rmSync(entryCacheOf(dataset), { recursive: true, force: true });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  createKnowledgeGraph(await loadDataset(dataset.directory, { cache: directoryEntryCache({ directory: entryCacheOf(dataset) }) }));
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const heapAfterGc = (): number => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

/** The first read of the mentions (parsed from the snapshot) and their indexes, built on first use (an entity's mentions). */
function mentionIndexes(kg: KnowledgeGraph, dataset: GeneratedDataset): Pick<ScaleResult, 'mentionIndexMs' | 'mentionIndexHeapMb'> {
  const before = heapAfterGc();
  const [mentionIndexMs] = timeOnce(() => kg.mentionsByEntity.get(dataset.typical)?.length ?? 0);
  return { mentionIndexMs, mentionIndexHeapMb: (heapAfterGc() - before) / 2 ** 20 };
}

/**
 * The first read of `kg.graph`, the graphology graph users get (queries traverse the adjacency):
 * measured last, so that the figures before it are taken with the heap a server has.
 */
function graphologyGraph(kg: KnowledgeGraph): Pick<ScaleResult, 'graphologyMs' | 'graphologyHeapMb'> {
  const before = heapAfterGc();
  const [graphologyMs] = timeOnce(() => kg.graph.size);
  return { graphologyMs, graphologyHeapMb: (heapAfterGc() - before) / 2 ** 20 };
}

/** Child process: loads `dataset` as `serve` and `openGraph` do (unchanged sources: their validated snapshot) and measures. */
async function worker(dataset: GeneratedDataset, firstLoad: ScaleResult['firstLoad']): Promise<ScaleResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // Reading the files is part of loadDataset (they give the version the snapshot is found by).
  const t1 = t0;
  const data = await loadDataset(dataset.directory, { cache: directoryEntryCache({ directory: entryCacheOf(dataset) }) });
  const t2 = performance.now();
  const kg = createKnowledgeGraph(data);
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  gc?.();
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  const entity = resolveEntity(kg, dataset.typicalAlias);
  if (!entity) throw new Error(`alias ${dataset.typicalAlias} does not resolve`);
  const fixed = entityOfDegree(kg, FIXED_DEGREE);
  const queries: Record<string, Latency> = {
    'lookup by alias': latency(() => (resolveEntity(kg, dataset.typicalAlias) ? 1 : 0)),
    [`relations of the hub (degree grows with size)`]: latency(() => entityRelations(kg, dataset.hub, { direction: 'BOTH' }).length),
    'relations of a typical node': latency(() => entityRelations(kg, dataset.typical, { direction: 'BOTH' }).length),
    [`relations of a node of degree ≈ ${FIXED_DEGREE}`]: latency(() => entityRelations(kg, fixed, { direction: 'BOTH' }).length),
    // A top-level filtered list: the filter pins an entity, so its index list is walked, not the dataset.
    [`statements(where: subject) of a node of degree ≈ ${FIXED_DEGREE}`]: latency(
      () => listStatements(kg, { where: { subject: { id: { eq: fixed } } } }).length,
    ),
    // Answer size: edges (the entities are capped at 50, the edges at the default 1000).
    '2-hop neighbourhood (typical, limit 50)': latency(() => egoNetwork(kg, dataset.typical, { depth: 2, limit: 50 })?.edges.length ?? 0),
    '2-hop neighbourhood (hub, limit 50)': latency(() => egoNetwork(kg, dataset.hub, { depth: 2, limit: 50 })?.edges.length ?? 0),
    'path typical → leaf (≤ 4 hops)': latency(() => shortestPath(kg, dataset.typical, dataset.leaf, { maxHops: 4 })?.hops.length ?? -1),
  };
  // Before the search index and centrality scores below, so that it stays the peak of load and queries.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const mentions = mentionIndexes(kg, dataset);

  // Full-text search: the first call builds the index (cached per graph); then a selective query.
  const name = kg.entityById.get(dataset.typical)!.name;
  gc?.();
  gc?.();
  const memoryUsed = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heapBeforeIndex = memoryUsed();
  const [searchIndexMs] = timeOnce(() => search(kg, name, { first: 10 }));
  gc?.();
  gc?.();
  const searchIndexHeapMb = (memoryUsed() - heapBeforeIndex) / 2 ** 20;
  Object.assign(queries, nameSearchLatencies(kg, name));

  // Centrality: the first call per measure computes the scores for the whole graph (cached per graph).
  const [degreeMs] = timeOnce(() => centrality(kg, 'degree', { first: 10 }));
  const [pagerankMs] = timeOnce(() => centrality(kg, 'pagerank', { first: 10 }));
  const [betweennessMs, betweenness] = timeOnce(() => centrality(kg, 'betweenness', { first: 10 }));
  queries['centrality ranking (top 10 by degree, computed)'] = latency(() => centrality(kg, 'degree', { first: 10 }).length);
  const explorer = await explorerLatencies(kg, dataset);
  const graphology = graphologyGraph(kg);
  return {
    statements: data.statements.length,
    entities: data.entities.length,
    documents: data.documents.length,
    positions: data.positions.length,
    mentions: data.mentions.length,
    bytes: dataset.bytes,
    firstLoad,
    readMs: t1 - t0,
    buildDatasetMs: t2 - t1,
    buildGraphMs: t3 - t2,
    totalMs: t3 - t0,
    totalCpuMs: (cpu.user + cpu.system) / 1000,
    heapAfterGcMb: heap / 2 ** 20,
    peakRssMb,
    ...mentions,
    ...graphology,
    searchIndexMs,
    searchIndexHeapMb,
    centralityMs: { degree: degreeMs, pagerank: pagerankMs, betweenness: betweennessMs },
    betweenness: { approximate: betweenness[0]?.approximate ?? false, samples: betweenness[0]?.samples ?? null },
    queries,
    explorer,
  };
}

/** Generates (or reuses) the dataset of `size` statements. */
export async function syntheticDataset(size: number): Promise<GeneratedDataset> {
  const directory = resolve('bench/.tmp', `synthetic-${size}`);
  const manifest = resolve(directory, '.generated.json');
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as GeneratedDataset;
  const generated = await generateDataset(size, directory);
  writeFileSync(manifest, JSON.stringify(generated));
  return generated;
}

/**
 * Measures one size in a fresh process (pinned to `core` when taskset exists), with the V8 heap
 * limit at `heapLimitMb` so that the heap target is enforced, not just observed.
 */
export async function measureSize(size: number, options: { core?: number | null; heapLimitMb?: number } = {}): Promise<ScaleResult> {
  const dataset = await syntheticDataset(size);
  const firstLoad = await inChild<ScaleResult['firstLoad']>(size, options, ['--first-load', JSON.stringify(dataset)]);
  return inChild<ScaleResult>(size, options, ['--worker', JSON.stringify(dataset), '--first', JSON.stringify(firstLoad)]);
}

/** Runs this script with `args` in a fresh process (see {@link measureSize}); its JSON answer. */
function inChild<T>(size: number, options: { core?: number | null; heapLimitMb?: number }, args: string[]): Promise<T> {
  // The compiled copy (npm run bench compiles bench/ and src/ with bench/tsconfig.json): plain node, no loader.
  const script = resolve('bench/.tmp/build/bench/scale.js');
  const nodeArgs = [`--max-old-space-size=${options.heapLimitMb ?? 4096}`, '--expose-gc', script, ...args];
  const [command, argv]: [string, string[]] =
    options.core === null || options.core === undefined
      ? ['node', nodeArgs]
      : ['taskset', ['-c', String(options.core), 'node', ...nodeArgs]];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolvePromise(JSON.parse(out) as T);
      else reject(new Error(`scale worker for ${size} statements exited with ${code}: ${out.slice(0, 500)}`));
    });
  });
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const { values } = parseArgs({
    options: {
      worker: { type: 'string' },
      first: { type: 'string' },
      'first-load': { type: 'string' },
      sizes: { type: 'string', default: '10000,100000,1000000' },
      core: { type: 'string' },
    },
  });
  if (values['first-load']) {
    process.stdout.write(JSON.stringify(await firstLoadWorker(JSON.parse(values['first-load']) as GeneratedDataset)));
  } else if (values.worker) {
    const firstLoad = JSON.parse(values.first ?? 'null') as ScaleResult['firstLoad'];
    process.stdout.write(JSON.stringify(await worker(JSON.parse(values.worker) as GeneratedDataset, firstLoad)));
  } else {
    for (const size of values.sizes.split(',').map(Number)) {
      const result = await measureSize(size, { core: values.core === undefined ? null : Number(values.core) });
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }
  }
}
