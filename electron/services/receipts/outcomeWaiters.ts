// Callers waiting for a print job's outcome to change, by job. The print service notifies a job
// when it stores how the job ended; a waiter also wakes at its deadline, so a page never hangs on
// a printer that never answers. Timers come from the caller (a fake clock in tests).

export interface OutcomeTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface OutcomeWaiters {
  /** Resolves when `jobId` is notified or after `waitMs`, whichever is first. */
  wait(jobId: string, waitMs: number): Promise<void>;
  notify(jobId: string): void;
  /** How many callers are waiting (tests, and a check that nothing leaks). */
  readonly waiting: number;
}

export const systemTimers: OutcomeTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createOutcomeWaiters(timers: OutcomeTimers = systemTimers): OutcomeWaiters {
  const byJob = new Map<string, Set<() => void>>();
  let waiting = 0;
  return {
    wait(jobId, waitMs) {
      return new Promise((resolve) => {
        const wakers = byJob.get(jobId) ?? new Set<() => void>();
        byJob.set(jobId, wakers);
        waiting += 1;
        const wake = () => {
          timers.clearTimeout(timer);
          wakers.delete(wake);
          if (wakers.size === 0 && byJob.get(jobId) === wakers) byJob.delete(jobId);
          waiting -= 1;
          resolve();
        };
        const timer = timers.setTimeout(wake, waitMs);
        wakers.add(wake);
      });
    },
    notify(jobId) {
      for (const wake of [...(byJob.get(jobId) ?? [])]) wake();
    },
    get waiting() {
      return waiting;
    },
  };
}
