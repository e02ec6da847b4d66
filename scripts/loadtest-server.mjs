/**
 * The server under load for `npm run loadtest` (scripts/loadtest.ts forks it): the real `listen()`
 * of the build in dist/ (what `npm start` runs; `preloadtest` rebuilds it when a source changed)
 * on 127.0.0.1 with a free port, production mode (response cache on unless
 * LOADTEST_RESPONSE_CACHE=off), logs at warn and above on stderr. It runs on plain Node, not tsx, so
 * the resident memory the load test measures is the production server's, without a TypeScript loader
 * (tsx adds about 44 MB). It reports its URL over IPC and answers `memory` requests with
 * `process.memoryUsage()` after a full garbage collection (the process runs with --expose-gc), so the
 * driver sees retained memory, not garbage. The messages are typed in scripts/loadtest-messages.ts.
 */
import { loadDataset } from '../dist/dataset/load-dataset.js';
import { createKnowledgeGraph } from '../dist/graph/knowledge-graph.js';
import { listen } from '../dist/server/listen.js';
import { createJsonLogger } from '../dist/server/logger.js';

/** @param {import('./loadtest-messages.js').LoadtestServerMessage} message */
const send = (message) => void process.send?.(message);
/** @type {(() => void) | undefined} */
const gc = /** @type {{ gc?: () => void }} */ (globalThis).gc;

const kg = createKnowledgeGraph(await loadDataset(process.env['DATA_DIR']));
const running = await listen({
  kg,
  port: 0,
  host: '127.0.0.1',
  mode: 'production',
  // Production caches whole results; LOADTEST_RESPONSE_CACHE=off measures execution instead.
  responseCache: process.env['LOADTEST_RESPONSE_CACHE'] !== 'off',
  logger: createJsonLogger({ level: 'warn', write: (line) => void process.stderr.write(line) }),
});
process.on('message', (/** @type {{ type?: string; gc?: boolean }} */ message) => {
  if (message.type === 'memory') {
    // `gc: false`: the resident size as the operating system sees it, garbage included.
    if (message.gc !== false) gc?.();
    send({ type: 'memory', usage: process.memoryUsage(), gc: gc !== undefined });
  } else if (message.type === 'stop') {
    void running.close().then(() => {
      send({ type: 'stopped' });
      process.disconnect();
    });
  }
});
send({ type: 'ready', url: running.url, version: kg.dataset.version });
