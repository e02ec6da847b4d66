import { formatDatasetIssue } from '../errors.js';
import type { ReloadEvent } from '../watch/dataset-watcher.js';

/** How many problems `/ready` lists (the log has them all). */
const MAX_LISTED = 100;

/**
 * The last reload of a watched dataset, for the body of `GET /ready`: `{ reload: { status:
 * "reloaded", version, at, … } }`, or `{ reload: { status: "failed", serving, problems } }` while
 * the last good dataset is served because the files on disk are invalid.
 */
export class DatasetReloadReport {
  #last: Readonly<Record<string, unknown>> | undefined;

  /** Records a reload event. */
  record(event: ReloadEvent): void {
    const at = new Date().toISOString();
    this.#last =
      event.kind === 'reloaded'
        ? {
            status: 'reloaded',
            at,
            version: event.dataset.version,
            previous: event.previous?.version ?? null,
            ...event.changes,
            ms: event.ms,
          }
        : {
            status: 'failed',
            at,
            serving: event.current?.version ?? null,
            problemCount: event.issues.length,
            problems: event.issues.slice(0, MAX_LISTED).map(formatDatasetIssue),
          };
  }

  /** The fields `/ready` adds, or undefined before any reload. */
  readonly detail = (): Readonly<Record<string, unknown>> | undefined => (this.#last === undefined ? undefined : { reload: this.#last });
}
