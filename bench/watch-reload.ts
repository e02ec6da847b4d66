/**
 * Watch reload (`serve --watch`): the time from saving a curated file to serving the new dataset,
 * and the heap after each of ten reloads (flat when the old datasets are released). Each dataset is
 * measured in its own process (`--expose-gc`) on a copy of its directory, with a real server
 * (`listen` on 127.0.0.1, port 0) and the real watcher (`watchServedDataset`). Each edit appends a
 * comment to the first statements file (written to a temporary file and renamed over it, as editors
 * save): a new version, so a reload, check, index and swap, as `serve --watch` reloads — the
 * changed files read again, and the dataset built from the last good one (`rebuildDataset`: the
 * edited entry parsed and checked again, the records of the unchanged ones kept).
 *
 * `npm run bench` runs it on the seeds and on the 100k synthetic dataset; alone:
 * `tsx bench/watch-reload.ts --dir seeds`.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultEntryCache } from '../src/dataset/directory-entry-cache.js';
import { loadDataset } from '../src/dataset/load-dataset.js';
import { createKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { DatasetReloadReport } from '../src/server/dataset-reload-report.js';
import { listen } from '../src/server/listen.js';
import type { ServerLogger } from '../src/server/logger.js';
import { watchServedDataset } from '../src/server/watch-served-dataset.js';

/** Figures of one dataset. */
export interface WatchReloadResult {
  readonly label: string;
  readonly statements: number;
  /** Save → new version served (fs.watch latency, 50 ms debounce, load, check, index, swap), per reload. */
  readonly editToServedMs: readonly number[];
  /** Load, check, index and swap, as the reload log line reports it, per reload. */
  readonly reloadMs: readonly number[];
  /** CPU time (user + system) of the process from save to served, per reload: wall time on a shared machine includes waiting for a core. */
  readonly cpuMs: readonly number[];
  /** Heap used after a full GC: before the first reload, then after each. */
  readonly heapMb: readonly number[];
}

const RELOADS = 10;
const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Serves `directory` with `serve --watch`'s watcher; in its own function, so that nothing here keeps the first dataset alive. */
async function serveWatching(directory: string, logger: ServerLogger, report: DatasetReloadReport) {
  // As `serve` loads: unchanged files from the entry cache (DIPLOMACY_GRAPH_CACHE, set by the parent).
  const dataset = await loadDataset(directory, { cache: defaultEntryCache() });
  const running = await listen({
    kg: createKnowledgeGraph(dataset),
    port: 0,
    host: '127.0.0.1',
    logger,
    readyDetail: report.detail,
    mode: 'production',
    warmSearchIndex: false,
  });
  const watcher = watchServedDataset({ running, directory, initial: dataset, logger, report, debounceMs: 50 });
  // The watcher has read the files the served dataset was built from: each reload builds from it.
  if (!(await watcher.ready())) throw new Error('the watcher could not read the files of the served dataset');
  return { running, watcher, statements: dataset.statements.length };
}

async function worker(source: string, label: string): Promise<WatchReloadResult> {
  const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
  const directory = await mkdtemp(join(tmpdir(), 'diplomacy-graph-watch-bench-'));
  try {
    await cp(source, directory, { recursive: true });
    const reloads: Array<{ version: string; ms: number }> = [];
    const failures: unknown[] = [];
    let wake: (() => void) | null = null;
    const logger: ServerLogger = {
      debug: () => undefined,
      warn: () => undefined,
      error: (entry: unknown) => {
        failures.push(entry);
        wake?.();
      },
      info: (entry: unknown) => {
        const e = entry as { msg?: string; dataset?: { version: string }; ms?: number };
        if (e.msg === 'dataset reloaded') {
          reloads.push({ version: e.dataset?.version ?? '', ms: e.ms ?? NaN });
          wake?.();
        }
      },
    };
    const report = new DatasetReloadReport();
    const { running, watcher, statements } = await serveWatching(directory, logger, report);
    const file = join(directory, 'statements', (await readdir(join(directory, 'statements'))).sort()[0] as string);
    const original = await readFile(file, 'utf8');
    const editToServedMs: number[] = [];
    const cpuMs: number[] = [];
    gc();
    const heapMb = [mb(process.memoryUsage().heapUsed)];
    try {
      for (let i = 1; i <= RELOADS; i++) {
        const done = new Promise<void>((resolvePromise) => (wake = resolvePromise));
        const started = performance.now();
        const cpu = process.cpuUsage();
        await writeFile(`${file}.saving`, `${original}# reload ${i}\n`);
        await rename(`${file}.saving`, file);
        await done;
        if (failures.length > 0) throw new Error(`reload failed: ${JSON.stringify(failures[0])}`);
        editToServedMs.push(Math.round(performance.now() - started));
        const used = process.cpuUsage(cpu);
        cpuMs.push(Math.round((used.user + used.system) / 1000));
        // Served: the reload report `/ready` shows names the version of the last reload.
        const served = report.detail()?.['reload'] as { version?: string } | undefined;
        if (served?.version !== reloads.at(-1)?.version) throw new Error('the new version is not served');
        gc();
        heapMb.push(mb(process.memoryUsage().heapUsed));
      }
    } finally {
      await watcher.close();
      await running.close();
    }
    return { label, statements, cpuMs, editToServedMs, reloadMs: reloads.map((r) => r.ms), heapMb };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Measures `directory` in a fresh process (the compiled copy under bench/.tmp/build, as scale.ts does). */
export function measureWatchReload(label: string, directory: string, core: number | null = null): Promise<WatchReloadResult> {
  const script = resolve('bench/.tmp/build/bench/watch-reload.js');
  const nodeArgs = ['--expose-gc', '--max-old-space-size=4096', script, '--dir', directory, '--label', label];
  const [command, args]: [string, string[]] = core === null ? ['node', nodeArgs] : ['taskset', ['-c', String(core), 'node', ...nodeArgs]];
  return new Promise((resolvePromise, reject) => {
    // The entry cache the served dataset's loads use (content-addressed: it may be kept between runs).
    const env = { ...process.env, DIPLOMACY_GRAPH_CACHE: resolve('bench/.tmp/entry-cache-watch') };
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolvePromise(JSON.parse(out) as WatchReloadResult) : reject(new Error(`watch-reload worker exited with ${code}`)),
    );
  });
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The bench/results.md section. */
export function formatWatchReload(results: readonly WatchReloadResult[]): string[] {
  if (results.length === 0) return [];
  const targets: Readonly<Record<string, string>> = { seeds: '≤ 300 ms', '100k': '≤ 5 s' };
  return [
    '',
    `## Watch reload (\`serve --watch\`, ${RELOADS} edits, bench/watch-reload.ts)`,
    '',
    '| dataset | statements | save → served p50 / max (ms) | reload p50 (ms) | CPU per reload p50 (ms) | target | heap before → after 1st → after 10th (MB) |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.label} | ${r.statements} | ${median(r.editToServedMs)} / ${Math.max(...r.editToServedMs)} | ${median(r.reloadMs)} | ${median(r.cpuMs)} | ${targets[r.label] ?? ''} | ` +
        `${r.heapMb[0]} → ${r.heapMb[1]} → ${r.heapMb.at(-1)} |`,
    ),
    '',
  ];
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'seeds' }, label: { type: 'string' } } });
  process.stdout.write(JSON.stringify(await worker(resolve(values.dir), values.label ?? values.dir)));
}
