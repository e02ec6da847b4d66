import type { Dataset } from '../dataset/model.js';
import { formatDatasetIssue } from '../errors.js';
import { createKnowledgeGraph } from '../graph/knowledge-graph.js';
import { DatasetWatcher } from '../watch/dataset-watcher.js';
import type { DatasetReloadReport } from './dataset-reload-report.js';
import type { RunningServer } from './listen.js';
import type { ServerLogger } from './logger.js';

/** Options of {@link watchServedDataset}. */
export interface WatchServedDatasetOptions {
  readonly running: RunningServer;
  readonly directory: string;
  /** The dataset being served when watching starts. */
  readonly initial: Dataset;
  readonly logger: ServerLogger;
  /** Where `/ready` reads the last reload (pass the same report's `detail` to `listen` as `readyDetail`). */
  readonly report: DatasetReloadReport;
  readonly debounceMs?: number;
  readonly recursive?: boolean;
}

/**
 * `serve --watch`: reloads the served dataset when its files change. A valid dataset is indexed
 * and swapped in atomically (`RunningServer.swap`), with a log line naming the new version and
 * what was added, removed or changed; an invalid one is logged with every problem, reported by
 * `/ready`, and the last good dataset keeps being served.
 */
export function watchServedDataset(options: WatchServedDatasetOptions): DatasetWatcher {
  const { running, logger, report } = options;
  return new DatasetWatcher({
    directory: options.directory,
    initial: options.initial,
    ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }),
    ...(options.recursive === undefined ? {} : { recursive: options.recursive }),
    onReload: (event) => {
      if (event.kind === 'reloaded') {
        const started = performance.now();
        running.swap(createKnowledgeGraph(event.dataset));
        // Load, check and index: the time from the reload's start to serving the new dataset.
        const ms = event.ms + Math.round(performance.now() - started);
        report.record({ ...event, ms });
        logger.info({
          msg: 'dataset reloaded',
          dataset: { version: event.dataset.version, previous: event.previous?.version ?? null },
          ...event.changes,
          ms,
        });
      } else {
        report.record(event);
        logger.error({
          msg: 'dataset invalid: still serving the last good one',
          dataset: { version: event.current?.version ?? null },
          problemCount: event.issues.length,
          problems: event.issues.map(formatDatasetIssue),
        });
      }
    },
  }).start();
}
