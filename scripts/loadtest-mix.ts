/**
 * `npm run loadtest -- --mix [--duration 20] [--connections 16]`: the mixed load test. Starts the
 * production server (scripts/loadtest-server.mjs, response cache on) and drives it with autocannon
 * for a fixed time with a random mix of cheap lookups, expensive queries, searches (random words:
 * every one a new cache entry) and bad requests (invalid or deeply nested JSON, 200 aliases, a
 * 100 KB cursor, over-long searches, too deep or too costly documents). Meanwhile a probe sends
 * one cheap query at a time and records its latency, and the server's RSS is sampled every 500 ms.
 *
 * Fails (exit 1) on any 5xx, connection error or timeout, on a cheap query's p99 above 250 ms,
 * or on RSS above the response cache's limit plus 150 MB.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEFAULT_RESPONSE_CACHE_BYTES } from '../src/server/plugins/use-dataset-response-cache.js';
import type { LoadtestServerMessage } from './loadtest-messages.js';

const CHEAP = JSON.stringify({ query: 'query Cheap { entity(id: "Tokayev") { id name } }' });
const MAX_CHEAP_P99_MS = 250;
const RSS_LIMIT = DEFAULT_RESPONSE_CACHE_BYTES + 150 * 1024 * 1024;

const WORDS = [
  'peace',
  'council',
  'president',
  'kazakhstan',
  'agreement',
  'minister',
  'summit',
  'trade',
  'visit',
  'nuclear',
  'energy',
  'board',
];
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;
const randomWord = (): string => `${pick(WORDS)}${Math.random() < 0.5 ? '' : Math.floor(Math.random() * 1000)}`;

/** One request of the mix: its kind and its body (and content type). */
interface MixRequest {
  readonly kind: 'cheap' | 'expensive' | 'search' | 'bad';
  readonly body: string;
  readonly contentType?: string;
}

const EXPENSIVE = [
  '{ entities(first: 100) { totalCount edges { node { id name statements(direction: BOTH) { id predicate { label } evidence { quote start end document { id } } } } } } }',
  '{ path(from: "Tokayev", to: "Trump") { length nodes { id name } hops { links { edge { id evidence { quote } } } } } }',
  '{ centrality(measure: BETWEENNESS, first: 50) { score rank entity { id name } } }',
  '{ documents { id title { value } text } }',
];

const BAD: ReadonlyArray<() => MixRequest> = [
  () => ({ kind: 'bad', body: '{"query": "{ entity(id: \\"Tokayev\\") { id } }"' }),
  () => ({ kind: 'bad', body: `{"query":"{ __typename }","variables":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}` }),
  () => ({ kind: 'bad', body: JSON.stringify({ query: `{ ${Array.from({ length: 200 }, (_, i) => `t${i}: __typename`).join(' ')} }` }) }),
  () => ({
    kind: 'bad',
    body: JSON.stringify({ query: 'query Q($c: String) { entities(after: $c) { totalCount } }', variables: { c: 'x'.repeat(100_000) } }),
  }),
  () => ({
    kind: 'bad',
    body: JSON.stringify({ query: 'query S($q: String!) { search(query: $q) { score } }', variables: { q: 'peace '.repeat(700) } }),
  }),
  () => ({
    kind: 'bad',
    body: JSON.stringify({ query: `{ entity(id: "a") ${'{ statements { subject '.repeat(12)}{ id }${' } }'.repeat(12)} }` }),
  }),
  () => ({ kind: 'bad', body: JSON.stringify({ query: '{ entities(first: 100000) { edges { node { statements { id } } } } }' }) }),
  () => ({ kind: 'bad', body: 'query=1', contentType: 'text/plain' }),
];

function nextRequest(): MixRequest {
  const roll = Math.random();
  if (roll < 0.4) return { kind: 'cheap', body: CHEAP };
  if (roll < 0.55) return { kind: 'expensive', body: JSON.stringify({ query: pick(EXPENSIVE) }) };
  if (roll < 0.8) {
    const q = Array.from({ length: 1 + Math.floor(Math.random() * 4) }, randomWord).join(' ');
    return {
      kind: 'search',
      body: JSON.stringify({ query: 'query S($q: String!) { search(query: $q, first: 10) { score } }', variables: { q } }),
    };
  }
  return pick(BAD)();
}

/** The 99th percentile of `values` (nearest rank). */
function p99(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(fileURLToPath(new URL('./loadtest-server.mjs', import.meta.url)), [], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, LOADTEST_RESPONSE_CACHE: 'on' },
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the server exited with ${String(code)} before listening`);
    }),
  ])) as [LoadtestServerMessage];
  if (message.type !== 'ready') throw new Error(`unexpected message from the server: ${JSON.stringify(message)}`);
  return { child, url: message.url };
}

/** The server's RSS now (no GC first: what the operating system sees). */
function rssOf(child: ChildProcess): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not report its memory within 15 s')), 15_000);
    const listener = (message: LoadtestServerMessage): void => {
      if (message.type !== 'memory') return;
      clearTimeout(timer);
      child.off('message', listener);
      resolve(message.usage.rss);
    };
    child.on('message', listener);
    child.send({ type: 'memory', gc: false });
  });
}

/** Counts of answers by request kind and HTTP status. */
type StatusCounts = Map<string, Map<number, number>>;

/** Adds one answer of `kind` with `status` to `counts`. */
function countStatus(counts: StatusCounts, kind: string, status: number): void {
  const statuses = counts.get(kind) ?? new Map<number, number>();
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  counts.set(kind, statuses);
}

/** Samples the server's RSS every 500 ms until `stop()`, which resolves with the largest seen (a last sample included). */
function sampleRss(child: ChildProcess, first: number): { stop(): Promise<number> } {
  let max = first;
  const sampler = setInterval(() => void rssOf(child).then((rss) => (max = Math.max(max, rss))), 500);
  return {
    async stop() {
      clearInterval(sampler);
      return Math.max(max, await rssOf(child));
    },
  };
}

/** Sends one cheap query at a time (20 ms apart) until `stop()`, which resolves with their latencies in ms. */
function probeCheap(url: string, counts: StatusCounts): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  let loading = true;
  const probing = (async () => {
    while (loading) {
      const started = performance.now();
      const reply = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: CHEAP });
      await reply.text();
      latencies.push(performance.now() - started);
      countStatus(counts, 'cheap (probe)', reply.status);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    async stop() {
      loading = false;
      await probing;
      return latencies;
    },
  };
}

/** Drives the server with autocannon for `duration` seconds with the random mix ({@link nextRequest}), counting answers. */
function driveMix(url: string, connections: number, duration: number, counts: StatusCounts): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections,
    duration,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context: { kind?: string }) => {
          const next = nextRequest();
          context.kind = next.kind;
          return { ...request, method: 'POST', body: next.body, headers: { 'content-type': next.contentType ?? 'application/json' } };
        },
        onResponse: (status: number, _body: string, context: { kind?: string }) => countStatus(counts, context.kind ?? '?', status),
      },
    ],
  });
}

/** What one mixed load run measured. */
interface MixOutcome {
  readonly result: autocannon.Result;
  readonly counts: StatusCounts;
  /** The cheap probe's latencies, in ms. */
  readonly probe: readonly number[];
  readonly rssBefore: number;
  readonly rssMax: number;
}

/** Prints the requests by kind and status, the latencies and the server's RSS. */
function printOutcome({ result, counts, probe, rssBefore, rssMax }: MixOutcome): void {
  console.log('requests');
  console.log(
    `  total            ${result.requests.total} (${result.requests.average.toFixed(0)} req/s), connection errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  for (const [kind, statuses] of counts)
    console.log(
      `  ${kind.padEnd(16)} ${[...statuses]
        .sort()
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ')}`,
    );
  console.log(`  all latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(
    `  cheap probe      ${probe.length} requests, p50 ${p99(
      probe
        .slice()
        .sort((a, b) => a - b)
        .slice(0, Math.ceil(probe.length / 2)),
    ).toFixed(1)} ms, p99 ${p99(probe).toFixed(1)} ms`,
  );
  console.log(`server RSS         before ${mb(rssBefore)}, max ${mb(rssMax)} (limit ${mb(RSS_LIMIT)})`);
}

/** Why the run fails: 5xx answers, connection errors or timeouts, a slow cheap probe, too much memory. */
function failuresOf({ result, counts, probe, rssMax }: MixOutcome): string[] {
  const fiveHundreds = [...counts.values()].reduce(
    (sum, statuses) => sum + [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0),
    0,
  );
  const cheapP99 = p99(probe);
  const failures: string[] = [];
  if (fiveHundreds > 0) failures.push(`${fiveHundreds} responses with a 5xx status`);
  if (result.errors + result.timeouts > 0) failures.push(`${result.errors} connection errors, ${result.timeouts} timeouts`);
  if (cheapP99 > MAX_CHEAP_P99_MS) failures.push(`cheap query p99 ${cheapP99.toFixed(1)} ms > ${MAX_CHEAP_P99_MS} ms`);
  if (rssMax > RSS_LIMIT) failures.push(`RSS ${mb(rssMax)} > ${mb(RSS_LIMIT)}`);
  return failures;
}

/** Runs the mixed load test with `argv` (without --mix); resolves with the exit code. */
export async function runMixedLoad(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { duration: { type: 'string' }, connections: { type: 'string' } } });
  const duration = Number(values.duration ?? process.env['LOADTEST_DURATION'] ?? 20);
  const connections = Number(values.connections ?? 16);
  if (!Number.isInteger(duration) || duration < 1 || duration > 600) throw new Error('--duration must be 1 to 600 seconds');
  if (!Number.isInteger(connections) || connections < 1) throw new Error('--connections must be a positive integer');
  const { child, url } = await startServer();
  try {
    console.log(`diplomacy-graph mixed load test: ${url}, ${connections} connections, ${duration} s`);
    console.log(`fails on any 5xx, a cheap query's p99 over ${MAX_CHEAP_P99_MS} ms, or RSS over ${mb(RSS_LIMIT)} (cache limit + 150 MB)\n`);
    const counts: StatusCounts = new Map();
    const rssBefore = await rssOf(child);
    const rss = sampleRss(child, rssBefore);
    const probing = probeCheap(url, counts);
    const result = await driveMix(url, connections, duration, counts);
    const probe = await probing.stop();
    const outcome: MixOutcome = { result, counts, probe, rssBefore, rssMax: await rss.stop() };
    printOutcome(outcome);
    const failures = failuresOf(outcome);
    for (const failure of failures) console.error(`FAIL: ${failure}`);
    if (failures.length === 0) console.log('\nOK');
    return failures.length === 0 ? 0 : 1;
  } finally {
    if (child.connected) child.send({ type: 'stop' });
    await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}
