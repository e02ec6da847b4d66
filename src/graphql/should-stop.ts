/**
 * Where an adapter (the server) leaves, on an execution's context value, a callback that says when
 * long work should stop (its deadline passed). Resolvers pass it to graph functions that accept a
 * `shouldStop` option; without one (in-process queries) the work runs to the end.
 */
const SHOULD_STOP = Symbol('diplomacy-graph.shouldStop');
type WithShouldStop = { [SHOULD_STOP]?: (() => boolean) | undefined };

/** Attaches `shouldStop` to an execution's context value. */
export function attachShouldStop(context: object, shouldStop: () => boolean): void {
  (context as WithShouldStop)[SHOULD_STOP] = shouldStop;
}

/** Detaches the `shouldStop` of an execution's context value. */
export function detachShouldStop(context: object): void {
  (context as WithShouldStop)[SHOULD_STOP] = undefined;
}

/** The `shouldStop` of the execution whose context value is `context`, if any. */
export function shouldStopOf(context: unknown): (() => boolean) | undefined {
  return typeof context === 'object' && context !== null ? (context as WithShouldStop)[SHOULD_STOP] : undefined;
}
