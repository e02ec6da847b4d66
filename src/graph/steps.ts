/**
 * Work cut into steps: a generator that yields between steps and returns the result. The graph
 * layer only describes work this way; running it in time slices between requests is an adapter's
 * job (the server's `runSliced`).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step of `steps` at once and returns the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Work on one knowledge graph whose result the graph layer memoises (a search index, centrality
 * scores), described so that an adapter can run it in slices and share it between the requests
 * that need it: same graph and same key, same work.
 */
export interface GraphWork {
  /** What the work computes, unique on its graph (for example `centrality:pagerank:false:default`). */
  readonly key: string;
  /** True once the result is memoised: the steps would have nothing to do. */
  readonly done: boolean;
  /**
   * Steps that compute the result and memoise it for the graph, so that the synchronous query
   * function then answers at once. Running them when `done` returns at once.
   */
  steps(): Steps<void>;
}
