// Time as a dependency, for both drivers: every wait, poll and timeout is scheduled through a
// Clock, so tests drive them with ManualClock, instantly and deterministically.

export interface Clock {
  now(): number;
  /** Runs `callback` once after `ms`; the returned function cancels it (safe to call twice). */
  after(ms: number, callback: () => void): () => void;
}

/** Real time. Reads the global timer functions at call time, so test fakes installed later apply. */
export const systemClock: Clock = {
  now: () => Date.now(),
  after: (ms, callback) => {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

/** Resolves after `ms`, or early (with false) when `signal` aborts. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = (): void => {
      cancel();
      resolve(false);
    };
    const cancel = clock.after(ms, () => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
