import { parseArgs } from 'node:util';
import { DatasetError, InvalidArgumentError } from '../errors.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { createKnowledgeGraph } from '../graph/knowledge-graph.js';
import { listen } from '../server/listen.js';
import { createJsonLogger } from '../server/logger.js';
import { SERVE_OPTIONS, SERVE_USAGE, serveSettings } from '../server/serve-settings.js';

/** Where the CLI writes, and the environment it reads (injectable for tests). */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const USAGE = `Usage: diplomacy-graph <command> [options]

Commands:
  serve       Serve GraphQL and GraphiQL (default http://127.0.0.1:4000/graphql)
  validate    Load and check a dataset; print every problem found

Options:
  --data DIR      Dataset directory in the seeds/ format (default: the embedded seeds; env DATA_DIR)
  --port N        Port for serve (env PORT, default 4000)
  --host HOST     Host for serve (env HOST, default 127.0.0.1)
  -h, --help      Show this help

${SERVE_USAGE}`;

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...SERVE_OPTIONS,
      },
    });
  } catch (error) {
    io.stderr.write(`diplomacy-graph: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === undefined || command === 'help') {
    io.stdout.write(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const directory = values.data ?? io.env['DATA_DIR'];
  try {
    switch (command) {
      case 'validate': {
        const dataset = await loadDataset(directory);
        io.stdout.write(
          `ok ${dataset.version}\n${dataset.documents.length} documents, ${dataset.entities.length} entities, ` +
            `${dataset.statements.length} statements, ${dataset.positions.length} positions, ${dataset.mentions.length} mentions\n`,
        );
        return 0;
      }
      case 'serve': {
        const port = Number(values.port ?? io.env['PORT'] ?? 4000);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          io.stderr.write(`diplomacy-graph: --port must be an integer from 0 to 65535\n`);
          return 2;
        }
        let settings;
        try {
          settings = serveSettings(values, io.env);
        } catch (error) {
          if (!(error instanceof InvalidArgumentError)) throw error;
          io.stderr.write(`diplomacy-graph: ${error.message}\n`);
          return 2;
        }
        const { logLevel, ...server } = settings;
        const kg = createKnowledgeGraph(await loadDataset(directory));
        const logger = createJsonLogger({ level: logLevel, write: (line) => io.stdout.write(line) });
        const running = await listen({ kg, port, host: values.host ?? io.env['HOST'] ?? '127.0.0.1', ...server, logger });
        const endpoints = server.mode === 'development' ? 'GraphQL and GraphiQL' : 'GraphQL';
        io.stdout.write(`diplomacy-graph serving dataset ${kg.dataset.version} (${server.mode})\n${endpoints}: ${running.url}\n`);
        const stop = (): void => {
          void running.close().then(() => process.exit(0));
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
        return 0;
      }
      default:
        io.stderr.write(`diplomacy-graph: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof DatasetError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
