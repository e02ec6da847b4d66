import type { Steps } from '../graph/steps.js';

/**
 * Runs `steps` in slices of about `sliceMs` milliseconds, each in its own turn of the event loop
 * (`setImmediate`), so that other work (a server's requests) runs in between; resolves with the
 * result, or rejects with what a step threw. The scheduler of the graph layer's step functions.
 */
export function runSliced<T>(steps: Steps<T>, sliceMs = 10): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const slice = (): void => {
      try {
        const until = performance.now() + sliceMs;
        for (;;) {
          const next = steps.next();
          if (next.done) return resolve(next.value);
          if (performance.now() >= until) break;
        }
        setImmediate(slice);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    setImmediate(slice);
  });
}
