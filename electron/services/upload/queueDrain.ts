// Drains the outbox, every kind alike (each entry's sender, from senders/, says how it is sent;
// the rules below are the same for all), with at most maxInFlight calls open. Each round is one
// transaction. A round that marks entries in flight is committed with synchronous=FULL before
// their calls leave (the marks are what a resend is looked up against); it also records the
// answers that came in since the last round. A round that only records answers is committed
// without an fsync (WAL, synchronous=NORMAL): it survives a crash of the process, and a power cut
// can only undo it back to "in flight", which is looked up before any resend. To need few fsyncs,
// marks are claimed a pool's worth at a time, when a call ends and no marked entry is waiting:
// what does not fit yet waits, marked, and leaves as soon as a call ends, with no commit of its
// own (if the drain pauses or stops first, those marks are undone). Answers arriving in the same
// tick share one commit, and no answer ever waits for a slower one. See docs/exactly-once.md.
import type { Database } from 'better-sqlite3';
import { commitDurably, commitWithoutFsync } from '../../../db/openDatabase.js';
import { type OutboxEntry, dueEntries } from '../../../db/repositories/outbox.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { isoAfter, usableRetryAfterMs } from './backoff.js';
import {
  type Answered,
  markPlansInFlight,
  recordAnswers,
  unmarkUnsentPlans,
} from './outboxRecorder.js';
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
  // Marked in flight (committed, fsynced), waiting for a free call.
  const ready: Plan[] = [];
  const answered: Answered[] = [];
  // Entries that failed in this drain stay waiting; they are not tried again until the next one.
  const triedAndWaiting = new Set<number>();
  // Consecutive retryable failures: this many in a row means the platform is down; stop knocking.
  const givingUpAfter = Math.max(2, deps.maxInFlight);
  // Nothing more was due at the last claim: the rest of this drain claims nothing (a request
  // submitted meanwhile nudges the worker into the next drain).
  let exhausted = false;
  let failuresInARow = 0;
  let pause: DrainPause | null = null;
  let sent = 0;
  let wake = () => {};

  const claim = (count: number, now: string): Plan[] => {
    const plans: Plan[] = [];
    const claimed = new Set<number>();
    const skip = (entry: OutboxEntry) =>
      active.has(entry.id) || claimed.has(entry.id) || triedAndWaiting.has(entry.id);
    // `ready` is empty whenever a claim runs.
    while (plans.length < count) {
      const limit = count + active.size + claimed.size + triedAndWaiting.size;
      const fresh = dueEntries(db, now, limit).filter((entry) => !skip(entry));
      if (fresh.length === 0) return plans;
      const immediate: Answered[] = [];
      for (const entry of fresh.slice(0, count - plans.length)) {
        claimed.add(entry.id);
        const { ticket, next } = planEntry(deps, entry);
        if ('entry' in next) {
          plans.push(next);
        } else {
          // Nothing to send (held, postponed, dead): recorded in this round's transaction.
          immediate.push({ entry, resolution: next, ticket, sender: null });
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
    const halted = stopping() || pause !== null;
    const free = halted ? 0 : deps.maxInFlight - active.size;
    // Marked, but they never left: as they were, so they are not looked up for nothing.
    const unsent = halted ? ready.splice(0) : [];
    // Marks are claimed a pool's worth at a time, when a call ends and none is marked and waiting:
    // one fsync per pool, taken while the rest of the pool keeps the platform busy.
    const mayMark = ready.length === 0 && free > 0 && !exhausted;
    const round = () => {
      recordAnswers(db, deps.keys, answers, now, logger);
      if (
        answers.some(({ resolution }) => resolution.kind === 'sent' || resolution.kind === 'dead')
      )
        deps.onContact();
      unmarkUnsentPlans(db, unsent);
      const claimed = mayMark ? claim(deps.maxInFlight, now) : [];
      if (mayMark && claimed.length < deps.maxInFlight) exhausted = true;
      markPlansInFlight(db, claimed, now);
      return claimed;
    };
    // A round that may mark entries in flight is fully durable; so is the last round of a drain
    // (the pool is empty), which hardens every answer committed without an fsync before it.
    ready.push(
      ...(mayMark || active.size === 0 ? commitDurably(db, round) : commitWithoutFsync(db, round)),
    );
    // The in-flight marks are committed: now, and only now, the requests may leave.
    while (active.size < deps.maxInFlight && ready.length > 0) {
      const plan = ready.shift();
      if (!plan) break;
      const { entry, sender } = plan;
      const call = carryOut(deps, plan).then((resolution) => {
        answered.push({ entry, resolution, ticket: plan.ticket, sender });
        active.delete(entry.id);
        wake();
      });
      active.set(entry.id, call);
    }
    if (active.size === 0 && answered.length === 0 && ready.length === 0) return { sent, pause };
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (answered.length > 0) resolve();
    });
    // Answers that arrive in the same tick share one commit.
    await nextTick();
  }
}
