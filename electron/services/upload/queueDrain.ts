// Drains the outbox with at most maxInFlight calls open. Each round is one transaction: it
// records every answer that came in since the last round (answers arriving in the same tick
// share the commit) and marks the next entries in flight before their POSTs leave. So an answer
// is committed as soon as it comes, never behind a slower one, and a crash can leave at most the
// entries whose POSTs were outstanding — all marked in flight, all looked up before a resend.
import type { Database } from 'better-sqlite3';
import { type OutboxEntry, dueEntries } from '../../../db/repositories/outbox.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { isoAfter, usableRetryAfterMs } from './backoff.js';
import { type Answered, markPlansInFlight, recordAnswers } from './outboxRecorder.js';
import { type Plan, type SenderDeps, carryOut, planEntry } from './outboxSender.js';

export interface DrainDeps extends SenderDeps {
  db: Database;
  keys: KioskKeys;
  maxInFlight: number;
  /** Called inside a round's transaction when the platform answered something. */
  onContact: () => void;
}

/** Why the drain stopped early: the platform asked for a pause, or keeps failing. */
export interface DrainPause {
  until: string;
  reason: string;
}

export interface DrainReport {
  sent: number;
  pause: DrainPause | null;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function drainQueue(deps: DrainDeps, stopping: () => boolean): Promise<DrainReport> {
  const { db, logger } = deps;
  const active = new Map<number, Promise<void>>();
  const answered: Answered[] = [];
  // Entries that failed in this drain stay waiting; they are not tried again until the next one.
  const triedAndWaiting = new Set<number>();
  // Consecutive retryable failures: this many in a row means the platform is down; stop knocking.
  const givingUpAfter = Math.max(2, deps.maxInFlight);
  let failuresInARow = 0;
  let pause: DrainPause | null = null;
  let sent = 0;
  let wake = () => {};
  const tickets = new Map<number, string | null>();

  const claim = (free: number, now: string): Plan[] => {
    const plans: Plan[] = [];
    const claimed = new Set<number>();
    const skip = (entry: OutboxEntry) =>
      active.has(entry.id) || claimed.has(entry.id) || triedAndWaiting.has(entry.id);
    while (plans.length < free) {
      const limit = free + active.size + claimed.size + triedAndWaiting.size;
      const fresh = dueEntries(db, now, limit).filter((entry) => !skip(entry));
      if (fresh.length === 0) return plans;
      const immediate: Answered[] = [];
      for (const entry of fresh.slice(0, free - plans.length)) {
        claimed.add(entry.id);
        const { ticket, next } = planEntry(deps, entry);
        if ('entry' in next) {
          plans.push(next);
          tickets.set(entry.id, ticket);
        } else {
          // Nothing to send (held, postponed, dead): recorded in this round's transaction.
          immediate.push({ entry, resolution: next, ticket });
          if (next.kind === 'postponed') triedAndWaiting.add(entry.id);
        }
      }
      recordAnswers(db, deps.keys, immediate, now, logger);
    }
    return plans;
  };

  for (;;) {
    const now = deps.now().toISOString();
    const answers = answered.splice(0);
    for (const { entry, resolution } of answers) {
      if (resolution.kind === 'sent') sent += 1;
      if (resolution.kind === 'retry' || resolution.kind === 'postponed')
        triedAndWaiting.add(entry.id);
      if (resolution.kind === 'retry') {
        failuresInARow += 1;
        const asked = usableRetryAfterMs(resolution.failure.retryAfterMs) !== undefined;
        if (asked || failuresInARow >= givingUpAfter) {
          const until = isoAfter(deps.now(), resolution.waitMs);
          if (!pause || until > pause.until) pause = { until, reason: resolution.reason };
        }
      } else if (resolution.kind === 'sent' || resolution.kind === 'dead') {
        failuresInARow = 0;
      }
    }
    const free = stopping() || pause ? 0 : deps.maxInFlight - active.size;
    const plans = db
      .transaction(() => {
        recordAnswers(db, deps.keys, answers, now, logger);
        if (
          answers.some(({ resolution }) => resolution.kind === 'sent' || resolution.kind === 'dead')
        )
          deps.onContact();
        const claimed = free > 0 ? claim(free, now) : [];
        markPlansInFlight(db, claimed, now);
        return claimed;
      })
      .immediate();
    // The in-flight marks are committed: now, and only now, the requests may leave.
    for (const plan of plans) {
      const { entry } = plan;
      const call = carryOut(deps, plan).then((resolution) => {
        answered.push({ entry, resolution, ticket: tickets.get(entry.id) ?? null });
        tickets.delete(entry.id);
        active.delete(entry.id);
        wake();
      });
      active.set(entry.id, call);
    }
    if (active.size === 0 && answered.length === 0) return { sent, pause };
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (answered.length > 0) resolve();
    });
    // Answers that arrive in the same tick share one commit.
    await nextTick();
  }
}
