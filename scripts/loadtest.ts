/**
 * `npm run loadtest -- --mix`: the mixed load test instead (scripts/loadtest-mix.ts).
 *
 * `npm run loadtest [-- --duration 20 --connections 50 --intervals 5 --cache off]`: starts the real
 * server (scripts/loadtest-server.mjs, production mode, embedded seeds or DATA_DIR) in a child
 * process (with production's response cache, or without it: `--cache off` measures execution),
 * checks that every representative query answers without errors, drives the server with
 * autocannon at 50 connections for a fixed time, and reports requests, errors, non-2xx, latency
 * p50/p99, RSS and heap before and after, and heap samples (after a full GC) at every interval.
 *
 * Exits 1 when any request failed (connection error, timeout, non-2xx, or a GraphQL error in a 200)
 * or when the heap grows across the run (projected growth over the sampled intervals above
 * max(5 MB, 10 % of the first sample)). Not part of `npm test`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { LoadtestServerMessage } from './loadtest-messages.js';

// `--mix`: the mixed load test (cheap, expensive, search and bad requests), scripts/loadtest-mix.ts.
if (process.argv.includes('--mix')) {
  const { runMixedLoad } = await import('./loadtest-mix.js');
  const code = await runMixedLoad(process.argv.slice(2).filter((arg) => arg !== '--mix' && arg !== '--'));
  process.exit(code);
}

/** A query of the mix, with one set of variables. */
interface MixItem {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

const ENTITY = `query EntityByAlias($id: String!) {
  entity(id: $id) { id kind name aliases description statementCount sourceCount }
}`;
const RELATIONS = `query RelationsWithEvidence($id: String!) {
  entity(id: $id) {
    id
    name
    relations { direction label other { id name } statement { id evidence { quote start end document { id } } } }
  }
}`;
const POSITIONS = `query Positions($id: String!) {
  entity(id: $id) {
    name
    positions { id stance polarity summary speech topic { id name } date { value precision } evidence { quote start end document { id } } }
  }
}`;
const DOCUMENTS = `query Documents {
  documents { id file title { value } outlet { value } published { value } publishedTime { value precision } paragraphCount }
}`;
const SEARCH = `query Search($q: String!) {
  search(query: $q, first: 10) {
    score
    ... on EntityHit { entity { id name } }
    ... on StatementHit { statement { id predicate { label } } }
    ... on PositionHit { position { id summary } }
    ... on DocumentHit { document { id } }
  }
}`;
const PATH = `query Path($from: String!, $to: String!) {
  path(from: $from, to: $to) {
    length
    nodes { id name }
    hops { from { id } to { id } links { direction edge { id predicate { label } evidence { quote document { id } } } } }
  }
}`;

/** The mix: lookups by alias, relations with evidence, positions, documents, search, paths. */
const MIX: readonly MixItem[] = [
  { name: 'entity Tokaev', query: ENTITY, variables: { id: 'Tokaev' } },
  { name: 'entity U.S.', query: ENTITY, variables: { id: 'U.S.' } },
  { name: 'entity Council for Peace', query: ENTITY, variables: { id: 'Council for Peace' } },
  { name: 'relations Kazakhstan', query: RELATIONS, variables: { id: 'Kazakhstan' } },
  { name: 'relations Board of Peace', query: RELATIONS, variables: { id: 'Board of Peace' } },
  { name: 'positions Tokayev', query: POSITIONS, variables: { id: 'Tokayev' } },
  { name: 'documents', query: DOCUMENTS },
  { name: 'search peace', query: SEARCH, variables: { q: 'peace' } },
  { name: 'search Putin visits', query: SEARCH, variables: { q: 'Putin visits' } },
  { name: 'path Tokayev-Trump', query: PATH, variables: { from: 'Tokayev', to: 'Trump' } },
  { name: 'path Kazakhstan-UN', query: PATH, variables: { from: 'Kazakhstan', to: 'United Nations' } },
];

const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

function positiveInteger(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got ${JSON.stringify(text)}`);
  return value;
}

const { values } = parseArgs({
  options: { duration: { type: 'string' }, connections: { type: 'string' }, intervals: { type: 'string' }, cache: { type: 'string' } },
});
const duration = positiveInteger('duration', values.duration ?? process.env['LOADTEST_DURATION'], 20);
const connections = positiveInteger('connections', values.connections ?? process.env['LOADTEST_CONNECTIONS'], 50);
const intervals = positiveInteger('intervals', values.intervals, 5);
const cache = values.cache ?? 'on';
if (cache !== 'on' && cache !== 'off') throw new Error(`--cache must be on or off, got ${JSON.stringify(cache)}`);

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Starts the server process and resolves once it listens. */
async function startServer(): Promise<{ child: ChildProcess; url: string; version: string }> {
  const child = fork(fileURLToPath(new URL('./loadtest-server.mjs', import.meta.url)), [], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, LOADTEST_RESPONSE_CACHE: cache },
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the server exited with ${String(code)} before listening`);
    }),
  ])) as [LoadtestServerMessage];
  if (message.type !== 'ready') throw new Error(`unexpected message from the server: ${JSON.stringify(message)}`);
  return { child, url: message.url, version: message.version };
}

/** The server's memory after a full garbage collection; rejects if the server exits or does not answer. */
async function memoryOf(child: ChildProcess): Promise<NodeJS.MemoryUsage> {
  return new Promise<NodeJS.MemoryUsage>((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      child.off('message', listener);
      child.off('exit', onExit);
    };
    const listener = (message: LoadtestServerMessage): void => {
      if (message.type !== 'memory') return;
      done();
      if (message.gc) resolve(message.usage);
      else reject(new Error('the server runs without --expose-gc: memory samples would include garbage'));
    };
    const onExit = (code: number | null): void => {
      done();
      reject(new Error(`the server exited (${String(code)}) during the load test`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error('the server did not report its memory within 15 s'));
    }, 15_000);
    child.on('message', listener);
    child.once('exit', onExit);
    child.send({ type: 'memory' });
  });
}

/** Least-squares slope of `ys` against their index. */
function slope(ys: readonly number[]): number {
  const n = ys.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

const { child, url, version } = await startServer();
let exitCode = 0;
try {
  console.log(`diplomacy-graph load test: ${url} (dataset ${version})`);
  console.log(
    `${MIX.length} queries in the mix, ${connections} connections, ${duration} s, response cache ${cache}, memory sampled every ${duration / intervals} s\n`,
  );

  // Every query of the mix must answer with data and no errors before the load starts.
  for (const item of MIX) {
    const response = await fetch(url, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({ query: item.query, variables: item.variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (response.status !== 200 || body.errors || !body.data) {
      throw new Error(`query "${item.name}" does not answer cleanly: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
    }
  }

  const before = await memoryOf(child);
  let graphqlErrors = 0;
  const errorSamples = new Set<string>();
  const byStatus = new Map<number, number>();
  const requests = MIX.map((item) => ({
    method: 'POST' as const,
    path: new URL(url).pathname,
    headers: HEADERS,
    body: JSON.stringify({ query: item.query, variables: item.variables }),
    onResponse: (status: number, body: string) => {
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (status !== 200) return;
      if (body.includes('"errors"')) {
        graphqlErrors++;
        if (errorSamples.size < 5) errorSamples.add(`${item.name}: ${body.slice(0, 300)}`);
      }
    },
  }));

  const samples: Array<{ at: number; usage: NodeJS.MemoryUsage }> = [];
  const started = Date.now();
  const instance = autocannon({ url, connections, duration, requests, timeout: 10 });
  const sampling: Array<Promise<void>> = [];
  const sampler = setInterval(
    () => {
      // The last interval ends with the run, where the final sample is taken.
      if (sampling.length >= intervals - 1) return;
      sampling.push(memoryOf(child).then((usage) => void samples.push({ at: (Date.now() - started) / 1000, usage })));
    },
    (duration * 1000) / intervals,
  );
  const result = await instance;
  clearInterval(sampler);
  await Promise.all(sampling);
  const after = await memoryOf(child);
  samples.push({ at: (Date.now() - started) / 1000, usage: after });

  const failed = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  const heaps = samples.map((s) => s.usage.heapUsed);
  const projectedGrowth = slope(heaps) * (heaps.length - 1);
  const tolerance = Math.max(5 * 1024 * 1024, 0.1 * (heaps[0] ?? 0));
  const growing = projectedGrowth > tolerance;

  console.log('requests');
  console.log(`  total            ${result.requests.total} (${result.requests.average.toFixed(0)} req/s average)`);
  console.log(`  by status        ${[...byStatus].map(([status, count]) => `${status}: ${count}`).join(', ')}`);
  console.log(
    `  errors           ${failed} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL errors ${graphqlErrors})`,
  );
  console.log(
    `  latency          p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(`  throughput       ${mb(result.throughput.average)}/s`);
  console.log('server memory (after a full GC)');
  console.log(`  before           rss ${mb(before.rss)}, heap ${mb(before.heapUsed)} of ${mb(before.heapTotal)}`);
  console.log(`  after            rss ${mb(after.rss)}, heap ${mb(after.heapUsed)} of ${mb(after.heapTotal)}`);
  console.log('  during the load');
  for (const { at, usage } of samples)
    console.log(`    ${at.toFixed(1).padStart(6)} s      rss ${mb(usage.rss)}, heap ${mb(usage.heapUsed)}`);
  console.log(
    `  trend            ${projectedGrowth >= 0 ? '+' : ''}${mb(projectedGrowth)} over the run (tolerance ${mb(tolerance)}): ${growing ? 'GROWING' : 'no growth'}`,
  );
  for (const sample of errorSamples) console.log(`  error sample     ${sample}`);

  if (failed > 0) {
    console.error(`\nFAIL: ${failed} requests failed`);
    exitCode = 1;
  }
  if (growing) {
    console.error('\nFAIL: the heap grows under load');
    exitCode = 1;
  }
  if (exitCode === 0) console.log('\nOK');
} catch (error) {
  console.error(`\nFAIL: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  if (child.connected) child.send({ type: 'stop' });
  await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
  if (child.exitCode === null) child.kill('SIGKILL');
}
process.exitCode = exitCode;
