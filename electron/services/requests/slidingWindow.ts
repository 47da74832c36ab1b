// How many times something happened in the last stretch of time, for the kiosk's own limits: a
// local client guessing tickets or phone digits, or submitting requests fast enough to use up
// the day's numbers. Counted in SQLite (rate_limit_events), so restarting the kiosk, or making
// it crash on purpose, gives a guesser no fresh tries. A count that cannot be written (a full
// disk) is still remembered for the life of the process, so the limit never loosens silently
// while the kiosk runs.
import type { Database } from 'better-sqlite3';
import {
  countRateLimitEvents,
  pruneRateLimitEvents,
  recordRateLimitEvent,
} from '../../../db/repositories/rateLimitEvents.js';

export interface WindowLimit {
  /** At most this many… */
  max: number;
  /** …in any stretch this long. */
  windowMs: number;
}

export interface SlidingWindow {
  /** True when one more would break a limit (nothing is counted). */
  isFull(): boolean;
  /** Counts one now; throws if it cannot be stored (for use inside the caller's transaction). */
  record(): void;
  /** Counts one now; if it cannot be stored, remembers it in memory for this process. */
  recordOrRemember(): void;
}

export interface StoredWindowDeps {
  db: Database;
  /** The limit's name in rate_limit_events, e.g. 'submissions'. */
  name: string;
  limits: WindowLimit[];
  now: () => Date;
}

/** Prune at most this often per window: a delete per event would double the writes. */
const pruneEveryMs = 60_000;

export function createSlidingWindow(deps: StoredWindowDeps): SlidingWindow {
  const { db, name, limits } = deps;
  const longest = Math.max(...limits.map((limit) => limit.windowMs));
  const remembered: number[] = [];
  let prunedAt = Number.NEGATIVE_INFINITY;

  const prune = (at: number) => {
    while (remembered.length > 0 && (remembered[0] ?? at) <= at - longest) remembered.shift();
    if (at - prunedAt < pruneEveryMs && at >= prunedAt) return;
    prunedAt = at;
    try {
      pruneRateLimitEvents(db, name, at - longest, at + longest);
    } catch {
      // Pruning is housekeeping: a full or read-only disk must not fail a look-up.
    }
  };

  return {
    isFull() {
      const at = deps.now().getTime();
      prune(at);
      return limits.some((limit) => {
        const since = at - limit.windowMs;
        const inMemory = remembered.filter((time) => time > since && time <= at).length;
        return countRateLimitEvents(db, name, since, at) + inMemory >= limit.max;
      });
    },
    record() {
      recordRateLimitEvent(db, name, deps.now().getTime());
    },
    recordOrRemember() {
      const at = deps.now().getTime();
      try {
        recordRateLimitEvent(db, name, at);
      } catch {
        remembered.push(at);
      }
    },
  };
}
