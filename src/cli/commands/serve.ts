import { InvalidArgumentError } from '../../errors.js';
import type { RunningServer } from '../../server/listen.js';
import { DatasetReloadReport } from '../../server/dataset-reload-report.js';
import { createJsonLogger } from '../../server/logger.js';
import { SERVE_OPTIONS, SERVE_USAGE, serveSettings } from '../../server/serve-settings.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import { loadKnowledgeGraph } from '../load-knowledge-graph.js';
import { isServePrimary, serveWorkers } from '../serve-workers.js';
import { COMMON_USAGE, dataDirectory, parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** `diplomacy-graph serve`: GraphQL (and GraphiQL in development) over HTTP until SIGTERM/SIGINT. */
export const serveCommand: CliCommand = {
  name: 'serve',
  usage: `Usage: diplomacy-graph serve [--port N] [--host HOST] [--data DIR] [--watch] [server options]

Serves the knowledge graph over HTTP until SIGTERM or SIGINT, then drains: /ready answers 503 for
--drain-delay-ms while requests are still served, then the listener closes and in-flight requests
finish. With --workers N, N processes (node:cluster) serve the same port.

Options:
  --port N                 port (env PORT, default 4000; 0 picks a free port)
  --host HOST              host (env HOST, default 127.0.0.1)
  --watch                  reload the dataset when its files change: a valid one is swapped in
                           atomically (logged with what changed); an invalid one is logged with
                           every problem and shown by /ready, and the last good one stays served
${COMMON_USAGE}

${SERVE_USAGE}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      port: { type: 'string' },
      host: { type: 'string' },
      watch: { type: 'boolean' },
      ...SERVE_OPTIONS,
    });
    if (positionals.length > 0) throw new UsageError(`serve takes no arguments, got "${positionals.join(' ')}"`);
    const port = Number(values.port ?? io.env['PORT'] ?? 4000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be an integer from 0 to 65535');
    let settings;
    try {
      settings = serveSettings(values, io.env);
    } catch (error) {
      if (error instanceof InvalidArgumentError) throw new UsageError(error.message);
      throw error;
    }
    const { logLevel, workers, ...server } = settings;
    if (isServePrimary(workers)) return serveWorkers(workers, io);
    // The server (yoga) loads only for serve, while the dataset is read.
    const loadingServer = import('../../server/listen.js');
    void loadingServer.catch(() => undefined);
    const directory = dataDirectory(values, io.env);
    const kg = await loadKnowledgeGraph(directory, io);
    const report = values.watch ? new DatasetReloadReport() : undefined;
    const { listen } = await loadingServer;
    const logger = createJsonLogger({ level: logLevel, write: (line) => io.stdout.write(line) });
    const host = values.host ?? io.env['HOST'] ?? '127.0.0.1';
    let running: RunningServer;
    try {
      running = await listen({ kg, port, host, ...server, logger, ...(report ? { readyDetail: report.detail } : {}) });
    } catch (error) {
      // Port in use or privileged, an address not on this machine, a host name that does not resolve.
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code !== 'string') throw error;
      io.stderr.write(`diplomacy-graph serve: cannot listen on ${host}:${port}: ${(error as Error).message}\n`);
      return EXIT.system;
    }
    const endpoints = server.mode === 'development' ? 'GraphQL and GraphiQL' : 'GraphQL';
    const explorer = server.explorer === false ? '' : `Explorer: ${new URL('/explore', running.url).href}\n`;
    io.stdout.write(`diplomacy-graph serving dataset ${kg.dataset.version} (${server.mode})\n${endpoints}: ${running.url}\n${explorer}`);
    // The watcher (and the dataset reloading it needs) loads only with --watch.
    const watcher = report
      ? (await import('../../server/watch-served-dataset.js')).watchServedDataset({
          running,
          directory: kg.dataset.directory,
          initial: kg.dataset,
          logger,
          report,
        })
      : undefined;
    if (watcher) io.stdout.write(`watching ${directory ?? kg.dataset.directory} for changes\n`);
    const stop = (): void => {
      void Promise.all([watcher?.close(), running.close()]).then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    return EXIT.ok;
  },
};
