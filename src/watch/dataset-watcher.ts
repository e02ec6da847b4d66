import { defaultEntryCache } from '../dataset/directory-entry-cache.js';
import type { Dataset } from '../dataset/model.js';
import { rebuildDataset, type BuiltDataset } from '../dataset/rebuild-dataset.js';
import { datasetVersion } from '../dataset/build/dataset-version.js';
import { DatasetError, type DatasetIssue } from '../errors.js';
import { DatasetFileReader } from './dataset-file-reader.js';
import { watchDirectory, type WatchDirectoryOptions } from './watch-directory.js';

/** Counts of what a reload changed, by id. */
export interface ReloadChanges {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

/** What one reload attempt gave. */
export type ReloadEvent =
  | {
      readonly kind: 'reloaded';
      readonly dataset: Dataset;
      readonly previous: Dataset | null;
      readonly changes: ReloadChanges;
      readonly ms: number;
    }
  | { readonly kind: 'invalid'; readonly issues: readonly DatasetIssue[]; readonly current: Dataset | null; readonly ms: number };

/** Options of {@link DatasetWatcher}. */
export interface DatasetWatcherOptions extends WatchDirectoryOptions {
  readonly directory: string;
  /** The dataset loaded from `directory` before watching; null when it was invalid. */
  readonly initial: Dataset | null;
  /** Quiet time after the last change before reloading, in milliseconds. Default 150. */
  readonly debounceMs?: number;
  readonly onReload: (event: ReloadEvent) => void;
  /**
   * Where the files come from (tests may count loads). Default: the files are read and built from
   * the last good dataset (`rebuildDataset`: only changed statements and positions are checked
   * again; anything else changed, a full build).
   */
  readonly load?: (directory: string) => Promise<Dataset>;
}

/** An item's content without where it was written, to tell a changed one from a moved one. */
function fingerprint(item: object): string {
  const { source: _source, ...content } = item as { source?: unknown };
  return JSON.stringify(content);
}

type Item = { readonly id: string; readonly source?: { readonly file: string } };

/**
 * The parts of two lists of items that differ: without the longest run of the same objects at the
 * start and at the end (items an incremental build kept as they were: unchanged, and their ids
 * appear nowhere else in either list).
 */
function differing(before: readonly Item[], after: readonly Item[]): [readonly Item[], readonly Item[]] {
  if (before === after) return [[], []];
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return [before.slice(head, before.length - tail), after.slice(head, after.length - tail)];
}

/**
 * Entities, documents, predicates, statements and positions added, removed and changed by id.
 * With `changedFiles` (paths relative to the dataset directory), an item written in a file that did
 * not change, before and after, is taken as unchanged without comparing it: a reload after one
 * edit of a large dataset compares the items of that file only.
 */
export function countChanges(before: Dataset | null, after: Dataset, changedFiles?: ReadonlySet<string>): ReloadChanges {
  const all = (d: Dataset) => [d.entities, d.documents, d.predicates, d.statements, d.positions] as ReadonlyArray<readonly Item[]>;
  const lists = all(after).map((list, k) => (before === null ? [[], list] : differing(all(before)[k] as readonly Item[], list)));
  const old = new Map<string, Item>();
  for (const [list] of lists) for (const item of list as readonly Item[]) old.set(item.id, item);
  let added = 0;
  let changed = 0;
  let kept = 0;
  for (const [, list] of lists) {
    for (const item of list as readonly Item[]) {
      const previous = old.get(item.id);
      if (previous === undefined) added++;
      else {
        kept++;
        const untouched =
          previous === item ||
          (changedFiles !== undefined &&
            item.source !== undefined &&
            previous.source?.file === item.source.file &&
            !changedFiles.has(item.source.file));
        if (!untouched && fingerprint(previous) !== fingerprint(item)) changed++;
      }
    }
  }
  return { added, removed: old.size - kept, changed };
}

/**
 * Watches a dataset directory and reloads it in the background after each burst of changes
 * (debounced): a valid dataset is handed over whole (`reloaded`, with what changed); an invalid
 * one is reported with every problem (`invalid`) while the last good dataset stays current.
 * Loads never overlap: changes during a load start one more load after it. Nothing is half-loaded:
 * the new dataset is built completely before it is handed over. Each load starts from the last good
 * dataset and its files (`rebuildDataset`): when only statements and positions changed, entries
 * whose text is unchanged keep their checked records, and only the changed ones are checked again.
 */
export class DatasetWatcher {
  #current: Dataset | null;
  #timer: NodeJS.Timeout | null = null;
  #loading: Promise<void> | null = null;
  #again = false;
  #stop: (() => void) | null = null;
  /** Files changed since the last load started; null when some change named no file. */
  #changed: Set<string> | null = new Set();
  /** The last good dataset with the files it was built from, where the next build starts (null: none, or a custom `load`). */
  #built: Promise<BuiltDataset | null> = Promise.resolve(null);
  readonly #reader: DatasetFileReader;
  private readonly options: Omit<DatasetWatcherOptions, 'initial'>;

  constructor(options: DatasetWatcherOptions) {
    // Without `initial`: the first dataset must be releasable once a reload replaces it.
    const { initial, ...rest } = options;
    this.options = rest;
    this.#current = initial;
    this.#reader = new DatasetFileReader(options.directory);
  }

  /** The last good dataset (null while none has loaded). */
  get current(): Dataset | null {
    return this.#current;
  }

  /** Starts watching; returns this. */
  start(): this {
    if (this.#stop === null && this.options.load === undefined) this.#built = this.#filesOf(this.#current);
    this.#stop ??= watchDirectory(
      this.options.directory,
      (path) => {
        if (path === null) this.#changed = null;
        else this.#changed?.add(path);
        this.#schedule();
      },
      this.options,
    );
    return this;
  }

  /**
   * Resolves once the watcher has read the dataset's files (after `start`): true when the next
   * reload builds from the current dataset (checking only what changed), false when it builds in
   * full (no current dataset, a custom `load`, or files that changed before they were read).
   */
  async ready(): Promise<boolean> {
    return (await this.#built) !== null;
  }

  /** Stops watching; a load under way still finishes. Resolves when it has. */
  async close(): Promise<void> {
    this.#stop?.();
    this.#stop = null;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#again = false;
    await this.#loading;
  }

  /** Reloads now (without waiting for a change; every item is compared); resolves when done. */
  reload(): Promise<void> {
    this.#changed = null;
    return this.#run();
  }

  #run(): Promise<void> {
    if (this.#loading) {
      this.#again = true;
      return this.#loading;
    }
    this.#loading = this.#load().finally(() => {
      this.#loading = null;
      if (this.#again) {
        this.#again = false;
        void this.#run();
      }
    });
    return this.#loading;
  }

  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#run();
    }, this.options.debounceMs ?? 150);
  }

  /** `dataset` with the files it was built from, read now; null when the files have changed since (the first reload builds in full). */
  async #filesOf(dataset: Dataset | null): Promise<BuiltDataset | null> {
    if (dataset === null) return null;
    try {
      const files = await this.#reader.read(null);
      return datasetVersion(files) === dataset.version ? { dataset, files: this.#reader.share(files, dataset.documents) } : null;
    } catch {
      return null;
    }
  }

  /** The dataset of the files now: read, and built from the last good one (or by the custom `load`). */
  async #build(changed: ReadonlySet<string> | null): Promise<Dataset> {
    if (this.options.load) return this.options.load(this.options.directory);
    const built = await this.#built;
    const files = await this.#reader.read(changed);
    const dataset = rebuildDataset(built, files, { cache: defaultEntryCache() });
    this.#built = Promise.resolve({ dataset, files });
    return dataset;
  }

  async #load(): Promise<void> {
    const started = performance.now();
    const ms = (): number => Math.round(performance.now() - started);
    const changedFiles = this.#changed ?? undefined;
    this.#changed = new Set();
    let dataset: Dataset;
    try {
      dataset = await this.#build(changedFiles ?? null);
    } catch (error) {
      const issues =
        error instanceof DatasetError ? error.issues : [{ file: this.options.directory, line: null, entry: null, reason: String(error) }];
      this.options.onReload({ kind: 'invalid', issues, current: this.#current, ms: ms() });
      return;
    }
    if (dataset.version === this.#current?.version) return;
    const previous = this.#current;
    this.#current = dataset;
    this.options.onReload({ kind: 'reloaded', dataset, previous, changes: countChanges(previous, dataset, changedFiles), ms: ms() });
  }
}
