/**
 * The server under load for `npm run loadtest` (scripts/loadtest.ts forks it): the real `listen()`
 * on 127.0.0.1 with a free port, production mode (response cache on unless
 * LOADTEST_RESPONSE_CACHE=off), logs at warn and above on stderr. It reports its
 * URL over IPC and answers `memory` requests with `process.memoryUsage()` after a full garbage
 * collection (the process runs with --expose-gc), so the driver sees retained memory, not garbage.
 */
import { loadDataset } from '../src/dataset/load-dataset.js';
import { createKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { listen } from '../src/server/listen.js';
import { createJsonLogger } from '../src/server/logger.js';

/** Messages between the driver and this process. */
export type LoadtestServerMessage =
  | { readonly type: 'ready'; readonly url: string; readonly version: string }
  | { readonly type: 'memory'; readonly usage: NodeJS.MemoryUsage; readonly gc: boolean }
  | { readonly type: 'stopped' };

const send = (message: LoadtestServerMessage): void => void process.send?.(message);
const gc = (globalThis as { gc?: () => void }).gc;

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
process.on('message', (message: { type?: string; gc?: boolean }) => {
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
