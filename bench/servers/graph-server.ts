/**
 * Our server for the HTTP bench: `listen` in production mode with logs silenced, serving the
 * dataset in `--data` (default seeds/). `--no-cache` turns the response cache off. Prints `{"port":N}` once listening on 127.0.0.1.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { listen } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'seeds' }, cache: { type: 'boolean', default: true } },
  allowNegative: true,
});
const kg = createKnowledgeGraph(await loadDataset(resolve(values.data)));
const running = await listen({
  kg,
  port: 0,
  mode: 'production',
  logger: silentLogger,
  responseCache: values.cache,
});
process.stdout.write(`${JSON.stringify({ port: running.port })}\n`);
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
