/**
 * `npm run bench`: the whole performance run, written to bench/results.md.
 *
 * 1. HTTP: our server (production settings, logs silenced; response cache off, then on) and a
 *    hello-world yoga server, each its own process pinned to core 1, driven by autocannon from
 *    this process pinned to core 0; each operation runs in rounds of hello-world, then ours
 *    without and with the response cache, back to back, so the ratios compare like with like on
 *    a shared machine (medians over the rounds).
 * 2. In-process: `query()` against the graph-layer calls computing the same answer (own process).
 * 3. Cold start: `node <the package's bin> serve --port 0` (dist/bin/diplomacy-graph.js, the bundled CLI)
 *    until the first GraphQL answer.
 * 4. Explorer first paint on the seeds in chromium, against GraphiQL's (bench/explorer-paint.ts).
 * 5. Scale: synthetic 10k / 100k / 1M statements (bench/scale.ts), the explorer's operations included.
 * 6. Watch reload: save → served with `serve --watch` on the seeds and the 100k synthetic dataset,
 *    and the heap over ten reloads (bench/watch-reload.ts).
 *
 * Options: `--seconds N` per HTTP measurement (default 3), `--rounds N` of each (default 3), `--sizes a,b,c`, `--skip-scale`,
 * `--skip-http`, `--skip-watch`; `--only http` runs the HTTP part alone and prints its table without writing
 * bench/results.md (`--ops a,b` keeps the operations whose names contain one of those words; `--floor` adds the floor of each
 * answer: bench/servers/floor-server.ts); `--only cold-start` builds, then prints only the cold start (`--runs N`, default 5),
 * without writing bench/results.md either. Every load loop is bounded in time; servers listen on 127.0.0.1 only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { InProcessResult } from './in-process.js';
import { benchOperations, type BenchOperation } from './operations.js';
import { explorerFirstPaint, type PaintResult } from './explorer-paint.js';
import { measureSize, syntheticDataset, type ScaleResult } from './scale.js';
import { formatWatchReload, measureWatchReload, type WatchReloadResult } from './watch-reload.js';
import { loadDataset } from '../src/dataset/load-dataset.js';
import { createKnowledgeGraph } from '../src/graph/knowledge-graph.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '10000,100000,1000000' },
    'skip-scale': { type: 'boolean', default: false },
    'skip-http': { type: 'boolean', default: false },
    'skip-watch': { type: 'boolean', default: false },
    only: { type: 'string' },
    floor: { type: 'boolean', default: false },
    ops: { type: 'string' },
    runs: { type: 'string', default: '5' },
  },
});
if (values.only !== undefined && values.only !== 'http' && values.only !== 'cold-start')
  throw new Error(`--only: "http" or "cold-start", not ${JSON.stringify(values.only)}`);
const httpOnly = values.only === 'http';
const coldStartOnly = values.only === 'cold-start';
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const build = resolve('bench/.tmp/build');
const nproc = availableParallelism();
const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const twoCores = nproc >= 2;
const pin = (core: number, command: string, args: string[]): [string, string[]] =>
  hasTaskset && twoCores ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
if (hasTaskset && twoCores) spawnSync('taskset', ['-pc', '0', String(process.pid)]);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Starts a server script; resolves with its port once it prints `{"port":N}`. */
function startServer(script: string, args: string[] = []): Promise<{ child: ChildProcess; port: number }> {
  const [command, argv] = pin(1, 'node', [resolve(build, script), ...args]);
  // Both servers as deployed: NODE_ENV=production turns off graphql-js's development checks
  // (`diplomacy-graph serve --mode production` sets it too).
  const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 60 s`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /\{"port":(\d+)\}/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, port: Number(match[1]) });
      }
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

interface HttpFigures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  /** Bytes of one answer (headers included). */
  readonly bytes: number;
}

async function load(port: number, body: string, duration = seconds): Promise<HttpFigures> {
  const url = `http://127.0.0.1:${port}/graphql`;
  const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = (await check.json()) as { errors?: unknown };
  if (!check.ok || answer.errors) throw new Error(`bench query failed on port ${port}: ${JSON.stringify(answer).slice(0, 300)}`);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 10,
    duration,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    bytes: result.throughput.average / Math.max(1, result.requests.average),
  };
}

/** One server's figures for one operation over the rounds: medians, and the median ratio to hello-world's. */
interface HttpSeries {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly bytes: number;
  /** Median over rounds of this server's req/s ÷ hello-world's in the same round. */
  readonly rpsRatio: number;
  /** The smallest of those ratios (the targets hold for every round, not only the median). */
  readonly rpsRatioMin: number;
  /** Median over rounds of this server's p99 ÷ hello-world's (at least 1 ms) in the same round. */
  readonly p99Ratio: number;
}

interface HttpRow {
  readonly name: string;
  readonly hello: HttpSeries;
  readonly plain: HttpSeries;
  readonly cached: HttpSeries;
  /** With `--floor`: the same answer's JSON from a bare yoga server (bench/servers/floor-server.ts). */
  readonly floor?: HttpSeries;
}

function series(rounds: readonly HttpFigures[], hello: readonly HttpFigures[]): HttpSeries {
  return {
    rps: med(rounds.map((r) => r.rps)),
    p50: med(rounds.map((r) => r.p50)),
    p99: med(rounds.map((r) => r.p99)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    bytes: med(rounds.map((r) => r.bytes)),
    rpsRatio: med(rounds.map((r, i) => r.rps / (hello[i] as HttpFigures).rps)),
    rpsRatioMin: Math.min(...rounds.map((r, i) => r.rps / (hello[i] as HttpFigures).rps)),
    p99Ratio: med(rounds.map((r, i) => r.p99 / Math.max(1, (hello[i] as HttpFigures).p99))),
  };
}

/**
 * Each operation in `rounds` rounds of hello-world, ours without the response cache and ours with
 * it, back to back, so that every ratio compares measurements taken moments apart (load from
 * other processes comes and goes on a shared machine); medians over the rounds.
 */
async function benchHttp(operations: readonly BenchOperation[]): Promise<HttpRow[]> {
  const hello = await startServer('bench/servers/hello-server.js');
  const plain = await startServer('bench/servers/graph-server.js', ['--no-cache']);
  const cached = await startServer('bench/servers/graph-server.js', ['--cache']);
  const floor = values.floor ? await startServer('bench/servers/floor-server.js') : null;
  const floorBody = (op: BenchOperation): string =>
    JSON.stringify({ query: 'query Floor($op: String!) { answer(op: $op) }', variables: { op: op.name } });
  const helloBody = JSON.stringify({ query: '{ hello }' });
  const rows: HttpRow[] = [];
  try {
    log('http: warm-up');
    for (const op of operations) {
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      for (const server of [plain, cached]) await load(server.port, body, 1);
      if (floor) await load(floor.port, floorBody(op), 1);
    }
    await load(hello.port, helloBody, 1);
    for (const op of operations) {
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      log(`http: ${op.name}`);
      const figures: { hello: HttpFigures[]; plain: HttpFigures[]; cached: HttpFigures[]; floor: HttpFigures[] } = {
        hello: [],
        plain: [],
        cached: [],
        floor: [],
      };
      for (let round = 0; round < rounds; round++) {
        figures.hello.push(await load(hello.port, helloBody));
        figures.plain.push(await load(plain.port, body));
        figures.cached.push(await load(cached.port, body));
        if (floor) figures.floor.push(await load(floor.port, floorBody(op)));
      }
      rows.push({
        name: op.name,
        hello: series(figures.hello, figures.hello),
        plain: series(figures.plain, figures.hello),
        cached: series(figures.cached, figures.hello),
        ...(floor ? { floor: series(figures.floor, figures.hello) } : {}),
      });
    }
  } finally {
    for (const server of [hello, plain, cached, floor]) server?.child.kill('SIGTERM');
  }
  return rows;
}

/**
 * The in-process bench (bench/in-process.ts) in a fresh process pinned to core 1, so that neither
 * the HTTP run's heap nor autocannon's work in this process weighs on sub-microsecond timings.
 */
function benchInProcessAlone(): InProcessResult[] {
  const [command, argv] = pin(1, 'node', [resolve(build, 'bench/in-process.js'), '--seconds', '2', '--json']);
  const child = spawnSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000 });
  if (child.status !== 0) throw new Error(`in-process bench exited with ${child.status}`);
  return JSON.parse(child.stdout) as InProcessResult[];
}

/** The CLI as installed: the package's `bin` (dist/bin/diplomacy-graph.js, the bundle), relative to the root. */
const BIN = (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { bin: Record<string, string> }).bin['diplomacy-graph']?.replace(
  /^\.\//,
  '',
) as string;

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU time (user + system) the process `pid` has used so far, in ms; NaN where /proc is missing. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Cold starts: wall time from process start to the first answer, and the CPU time the server used until then. */
interface ColdStart {
  readonly wall: number[];
  readonly cpu: number[];
}

/**
 * Process start to first GraphQL answer of `node <bin> serve --port 0 --log-level silent`, `runs`
 * runs; also the server's CPU time up to the answer, which depends less than the wall time on what
 * else runs on a shared machine.
 */
async function coldStart(runs: number): Promise<ColdStart> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const [command, argv] = pin(1, 'node', [resolve(BIN), 'serve', '--port', '0', '--log-level', 'silent']);
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('serve did not start within 30 s')), 30_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[1] as string);
        }
      });
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "Tokaev") { id } }' }),
    });
    await response.json();
    times.push(performance.now() - started);
    cpu.push(cpuMs(child.pid));
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  return { wall: times, cpu };
}

const f0 = (n: number): string => n.toFixed(0);
const f1 = (n: number): string => n.toFixed(1);
const f2 = (n: number): string => n.toFixed(2);
const med = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** What the results page reports. */
interface ReportParts {
  version: string;
  http: HttpRow[] | null;
  inProcess: InProcessResult[];
  cold: ColdStart;
  scale: ScaleResult[];
  load: number[];
  paint: PaintResult | { skipped: string };
}

/** bench/results.md: the machine, then each measurement's section. */
function report(parts: ReportParts): string {
  const lines: string[] = [
    ...machineSection(parts),
    ...(parts.http ? httpSection(parts.http) : []),
    ...inProcessSection(parts.inProcess),
    ...coldStartSection(parts.cold),
    ...explorerPaintSection(parts.paint),
  ];
  if (parts.scale.length > 0) {
    lines.push(...scaleLoadSection(parts.scale), ...firstUseSection(parts.scale), ...graphLatencySection(parts.scale), '');
    lines.push(...explorerScaleSection(parts.scale));
  }
  return `${lines.join('\n')}\n`;
}

/** The title, how to read the figures, and the machine the run was on. */
function machineSection(parts: ReportParts): string[] {
  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push('Written by `npm run bench` (bench/run.ts). Figures are **ratios measured in the same run**; absolute');
  lines.push('numbers depend on the machine and on what else runs on it (this one is shared).', '');
  lines.push('| machine | |', '| --- | --- |');
  lines.push(`| date | ${new Date().toISOString()} |`);
  lines.push(`| nproc | ${nproc} |`);
  lines.push(`| CPU | ${cpus()[0]?.model ?? 'unknown'} |`);
  lines.push(`| node | ${process.version} |`);
  lines.push(`| load average at start | ${parts.load.map(f2).join(', ')} |`);
  lines.push(
    `| pinning | ${hasTaskset && twoCores ? 'servers on core 1, autocannon on core 0 (taskset)' : 'none (no taskset or one core)'} |`,
  );
  lines.push(`| dataset (seeds) | \`${parts.version}\` |`, '');
  return lines;
}

/** Each operation over HTTP against hello-world, with and without the response cache. */
function httpSection(http: readonly HttpRow[]): string[] {
  const lines: string[] = [];
  lines.push(`## HTTP (autocannon, 10 connections, ${rounds} rounds of ${seconds} s per server and operation)`, '');
  lines.push('Hello-world: a yoga server answering `{ hello }` with the same yoga and settings. Ours: production mode, logs');
  lines.push('silenced, every limit on; "no cache" executes every request (graphql-jit from the second run), "cache" is the');
  lines.push('response cache (on by default in production), which answers a repeated request with the stored bytes.');
  lines.push('Both servers run with NODE_ENV=production. Figures are medians over the rounds; each ratio is the median of');
  lines.push("the rounds' ratios to hello-world measured moments before, then (after /) the smallest of them.", '');
  lines.push(
    '| operation | answer bytes | hello req/s | hello p50 / p99 ms | no cache req/s (× hello / min) | p50 / p99 ms (p99 × hello) | cache req/s (× hello / min) | p50 / p99 ms (p99 × hello) |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of http) {
    lines.push(
      `| ${r.name} | ${f0(r.plain.bytes)} | ${f0(r.hello.rps)} | ${r.hello.p50} / ${r.hello.p99} | ` +
        `${f0(r.plain.rps)} (${f2(r.plain.rpsRatio)} / ${f2(r.plain.rpsRatioMin)}) | ${r.plain.p50} / ${r.plain.p99} (${f2(r.plain.p99Ratio)}) | ` +
        `${f0(r.cached.rps)} (${f2(r.cached.rpsRatio)} / ${f2(r.cached.rpsRatioMin)}) | ${r.cached.p50} / ${r.cached.p99} (${f2(r.cached.p99Ratio)}) |`,
    );
  }
  if (http.some((r) => r.floor)) {
    lines.push('', "Floor: a bare yoga server (hello-world's settings) answering with the same `data`, held as one JSON value that yoga");
    lines.push(
      'serializes on every request into UTF-8 bytes as ours does (bench/servers/floor-server.ts): no graph work, no resolvers per field, no limits.',
      '',
    );
    lines.push('| operation | floor answer bytes | floor req/s (× hello / min) |', '| --- | ---: | ---: |');
    for (const r of http) {
      if (r.floor)
        lines.push(`| ${r.name} | ${f0(r.floor.bytes)} | ${f0(r.floor.rps)} (${f2(r.floor.rpsRatio)} / ${f2(r.floor.rpsRatioMin)}) |`);
    }
  }
  lines.push('', `Hello-world's answer: ${f0(http[0]?.hello.bytes ?? 0)} bytes.`);
  const errors = http.reduce((n, r) => n + r.hello.errors + r.plain.errors + r.cached.errors + (r.floor?.errors ?? 0), 0);
  lines.push('', `Errors, timeouts and non-2xx answers during the run: ${errors}.`, '');
  return lines;
}

/** In-process `query()` against the graph-layer calls that compute the same answer. */
function inProcessSection(inProcess: readonly InProcessResult[]): string[] {
  const lines: string[] = [];
  lines.push('## In-process `query()` vs the graph layer', '');
  lines.push("`direct` computes the same JSON as the query's `data` with graph-layer calls (checked equal before timing).");
  lines.push('Its own process, pinned to core 1; alternating rounds; medians.', '');
  lines.push('| operation | query() ops/s | direct ops/s | query() cost × direct |', '| --- | ---: | ---: | ---: |');
  for (const r of inProcess) lines.push(`| ${r.name} | ${f0(r.queryOps)} | ${f0(r.directOps)} | ${f2(r.ratio)} |`);
  return lines;
}

/** Process start to the first answer of `serve`. */
function coldStartSection(cold: ColdStart): string[] {
  const lines: string[] = [];
  lines.push('', '## Cold start', '');
  lines.push(
    `\`node ${BIN} serve --port 0\` (the package's \`bin\`: the CLI bundled by esbuild), process start to the first GraphQL`,
    `answer, ${cold.wall.length} runs: median **${f0(med(cold.wall))} ms** (${cold.wall.map(f0).join(', ')} ms); the server's`,
    `CPU time until then: median ${f0(med(cold.cpu))} ms (${cold.cpu.map(f0).join(', ')} ms).`,
    '',
  );
  return lines;
}

/** Loading each synthetic size: time, CPU and memory. */
function scaleLoadSection(scale: readonly ScaleResult[]): string[] {
  const lines: string[] = [];
  lines.push('## Scale (synthetic datasets, bench/synthetic/generate.ts)', '');
  lines.push(
    'Each size in a fresh process with `--max-old-space-size=4096`. Load = read + validate + build dataset + graph and indexes. ' +
      'The first load parses every YAML file (the `yaml` library and the zod schemas) and fills the entry cache; ' +
      'the load after it, in a new process, finds the validated snapshot of the unchanged sources, as `serve` and `openGraph` do.',
    '',
  );
  lines.push(
    '| statements | entities | documents | mentions | YAML+text MB | first load (parse) wall / CPU s | load wall s | load CPU s | dataset / graph s | heap after GC MB | peak RSS MB |',
  );
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of scale) {
    lines.push(
      `| ${s.statements} | ${s.entities} | ${s.documents} | ${s.mentions} | ${f0(s.bytes / 2 ** 20)} | ` +
        `${f1(s.firstLoad.wallMs / 1000)} / ${f1(s.firstLoad.cpuMs / 1000)} | ${f1(s.totalMs / 1000)} | ${f1(s.totalCpuMs / 1000)} | ` +
        `${f1((s.readMs + s.buildDatasetMs) / 1000)} / ${f1(s.buildGraphMs / 1000)} | ${f0(s.heapAfterGcMb)} | ${f0(s.peakRssMb)} |`,
    );
  }
  return lines;
}

/** First use of the structures built on demand (mention indexes, search index, centralities) at each size. */
function firstUseSection(scale: readonly ScaleResult[]): string[] {
  const lines: string[] = [];
  lines.push('', 'First use of derived structures (built once per graph, on first use):', '');
  lines.push(
    'The first read of mentions parses them from the snapshot and indexes them by entity and document; the first read of',
    '`kg.graph` builds the graphology graph the library hands out (queries traverse the adjacency, built at load); the first `search()`',
    'builds the full-text index (heap growth after a full GC); the first `centrality()` per measure',
    'computes the scores for the whole graph (degree, timed first, includes the tie projection the three share).',
    '',
  );
  lines.push(
    '| statements | mentions read and indexed s | mentions heap MB | graphology graph s | graphology heap MB | search index build s | search index memory MB (heap + buffers) | degree ms | pagerank ms | betweenness ms |',
  );
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of scale) {
    const how = s.betweenness.approximate ? `estimate from ${s.betweenness.samples} sources` : 'exact';
    lines.push(
      `| ${s.statements} | ${f1(s.mentionIndexMs / 1000)} | ${f0(s.mentionIndexHeapMb)} | ${f1(s.graphologyMs / 1000)} | ${f0(s.graphologyHeapMb)} | ${f1(s.searchIndexMs / 1000)} | ${f0(s.searchIndexHeapMb)} | ${f0(s.centralityMs.degree)} | ` +
        `${f0(s.centralityMs.pagerank)} | ${f0(s.centralityMs.betweenness)} (${how}) |`,
    );
  }
  return lines;
}

/** Graph-layer query latency at each size, and relative to the smallest. */
function graphLatencySection(scale: readonly ScaleResult[]): string[] {
  const lines: string[] = [];
  lines.push('', 'Graph-layer latency, p50 / p99 in µs (answer size), and p50 relative to the smallest size:', '');
  const names = Object.keys(scale[0]?.queries ?? {});
  lines.push(
    `| query | ${scale.map((s) => `${s.statements}`).join(' | ')} | ${scale
      .slice(1)
      .map((s) => `× at ${s.statements}`)
      .join(' | ')} |`,
  );
  lines.push(
    `| --- | ${scale.map(() => '---:').join(' | ')} | ${scale
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
  );
  for (const name of names) {
    const base = scale[0]?.queries[name]?.p50 ?? 1;
    lines.push(
      `| ${name} | ${scale.map((s) => `${f1(s.queries[name]?.p50 ?? NaN)} / ${f1(s.queries[name]?.p99 ?? NaN)} (${s.queries[name]?.items})`).join(' | ')} | ` +
        `${scale
          .slice(1)
          .map((s) => f1((s.queries[name]?.p50 ?? NaN) / base))
          .join(' | ')} |`,
    );
  }
  return lines;
}

/** The explorer's first paint on the seeds, against GraphiQL's in the same run. */
function explorerPaintSection(paint: PaintResult | { skipped: string }): string[] {
  const lines = ['## Explorer first paint (seeds, chromium)', ''];
  if ('skipped' in paint) return [...lines, `Skipped: ${paint.skipped}.`, ''];
  lines.push(
    `\`/explore\` opened on Tokayev's neighbourhood in a fresh browser context (no cache), ${paint.runs} runs, medians in ms from`,
    'navigation start; GraphiQL is the page the same server renders at `/graphql` (development mode).',
    '',
    '| page | first contentful paint ms | × GraphiQL | graph drawn and card shown ms |',
    '| --- | ---: | ---: | ---: |',
    `| explorer | ${f0(paint.explorerFcp)} | ${f2(paint.explorerFcp / paint.graphiqlFcp)} | ${f0(paint.explorerReady)} |`,
    `| GraphiQL | ${f0(paint.graphiqlFcp)} | 1.00 | |`,
    '',
  );
  return lines;
}

/** Server time of the explorer's operations at each size, and relative to the smallest. */
function explorerScaleSection(scale: readonly ScaleResult[]): string[] {
  const names = Object.keys(scale[0]?.explorer ?? {});
  if (names.length === 0) return [];
  const lines = [
    'Explorer operations (operations/explorer.graphql), server time: GraphQL execution in-process, p50 / p99 in µs (answer',
    'bytes), and p50 relative to the smallest size:',
    '',
    `| operation | ${scale.map((s) => `${s.statements}`).join(' | ')} | ${scale
      .slice(1)
      .map((s) => `× at ${s.statements}`)
      .join(' | ')} |`,
    `| --- | ${scale.map(() => '---:').join(' | ')} | ${scale
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
  ];
  for (const name of names) {
    const base = scale[0]?.explorer[name]?.p50 ?? 1;
    const cells = scale.map(
      (s) => `${f1(s.explorer[name]?.p50 ?? NaN)} / ${f1(s.explorer[name]?.p99 ?? NaN)} (${s.explorer[name]?.bytes})`,
    );
    lines.push(
      `| ${name} | ${cells.join(' | ')} | ${scale
        .slice(1)
        .map((s) => f1((s.explorer[name]?.p50 ?? NaN) / base))
        .join(' | ')} |`,
    );
  }
  lines.push('');
  return lines;
}

const loadAtStart = loadavg();
log('building dist and the bench (tsc)…');
for (const args of [
  ...(httpOnly ? [] : [['run', 'build']]),
  // The bench's own servers and the in-process bench (not needed by the cold start alone).
  ...(coldStartOnly ? [] : [['exec', '--', 'node', 'node_modules/typescript/bin/tsc', '-p', 'bench/tsconfig.json']]),
]) {
  const built = spawnSync('npm', args, { stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`npm ${args.join(' ')} failed`);
}
if (coldStartOnly) {
  const cold = await coldStart(Number(values.runs));
  process.stdout.write(`${coldStartSection(cold).join('\n')}\n`);
  process.exit(0);
}
const opsFilter = values.ops?.split(',').map((word) => word.trim().toLowerCase());
const operations = benchOperations().filter((op) => !opsFilter || opsFilter.some((word) => op.name.includes(word)));
if (httpOnly) {
  process.stdout.write(`${httpSection(await benchHttp(operations)).join('\n')}\n`);
  process.exit(0);
}
const kg = createKnowledgeGraph(await loadDataset(resolve('seeds')));
const http = values['skip-http'] ? null : await benchHttp(operations);
log('in-process…');
const inProcess = benchInProcessAlone();
log('cold start…');
const cold = await coldStart(Number(values.runs));
log('explorer first paint…');
const paint = await explorerFirstPaint(kg);
const scale: ScaleResult[] = [];
if (!values['skip-scale']) {
  for (const size of values.sizes.split(',').map(Number)) {
    log(`scale: ${size} statements…`);
    scale.push(await measureSize(size, { core: hasTaskset && twoCores ? 1 : null }));
  }
}
const watchReload: WatchReloadResult[] = [];
if (!values['skip-watch']) {
  log('watch reload…');
  const core = hasTaskset && twoCores ? 1 : null;
  watchReload.push(await measureWatchReload('seeds', resolve('seeds'), core));
  watchReload.push(await measureWatchReload('100k', (await syntheticDataset(100_000)).directory, core));
}
const markdown = [
  report({ version: kg.dataset.version, http, inProcess, cold, scale, load: loadAtStart, paint }),
  ...formatWatchReload(watchReload),
].join('\n');
writeFileSync(resolve('bench/results.md'), markdown);
process.stdout.write(markdown);
