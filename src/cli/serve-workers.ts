import cluster, { type Worker } from 'node:cluster';
import { EXIT } from './cli-command.js';
import type { CliIo } from './cli-io.js';

/**
 * The primary process of `serve --workers N`: forks `count` workers (node:cluster) that each run
 * `serve` with the same arguments and share its port; the primary loads no data and serves
 * nothing. A worker that dies after it was listening is replaced. If a worker exits before it
 * listens (bad data, port in use), the others are stopped and the primary exits with that
 * worker's code, so a broken start never loops. SIGTERM or SIGINT is passed on to every worker,
 * which drains as a single `serve` does; the primary exits 0 once they have all exited.
 * Resolves with the exit code.
 */
export function serveWorkers(count: number, io: CliIo): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    let failure: number | null = null;
    const listening = new WeakSet<Worker>();
    const stop = (signal: NodeJS.Signals): void => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    };
    const onSignal = (signal: NodeJS.Signals): void => stop(signal);
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    cluster.on('listening', (worker) => listening.add(worker));
    cluster.on('exit', (worker, code, signal) => {
      if (!stopping && listening.has(worker)) {
        io.stderr.write(`diplomacy-graph serve: worker ${worker.process.pid} exited (${signal ?? code}); starting another\n`);
        cluster.fork();
        return;
      }
      if (!stopping) {
        failure = code === 0 ? EXIT.failed : code;
        stop('SIGTERM');
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        resolve(failure ?? EXIT.ok);
      }
    });
    io.stdout.write(`diplomacy-graph serve: starting ${count} workers sharing one port (node:cluster, primary ${process.pid})\n`);
    for (let i = 0; i < count; i++) cluster.fork();
  });
}

/** Whether this process should be the cluster primary of `serve --workers count`. */
export function isServePrimary(count: number): boolean {
  return count > 1 && cluster.isPrimary;
}
