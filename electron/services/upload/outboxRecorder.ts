// Writes what the sender decided. Each function runs inside one of the worker's rounds, so the
// answers that came in during one tick and the in-flight marks of the next entries to go out
// share one commit — and no answer ever waits for a slower one. How durable each round's commit
// is (marks fsynced, answers alone not) is the drain's choice: see queueDrain.ts.
import type { Database } from 'better-sqlite3';
import {
  type OutboxEntry,
  hold,
  markInFlight,
  markSent,
  postpone,
  scheduleRetry,
  unmarkInFlight,
} from '../../../db/repositories/outbox.js';
import { recordDeadLetter } from '../../../db/repositories/outboxDeadLetters.js';
import type { Logger } from '../logger.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { seal } from '../security/sealedFields.js';
import type { Plan, Resolution } from './outboxSender.js';
import type { OutboxSender } from './senders/senderProtocol.js';

export interface Answered {
  entry: OutboxEntry;
  resolution: Resolution;
  ticket: string | null;
  /** The sender that carried it out; null when nothing left the kiosk (held, postponed, dead). */
  sender: OutboxSender | null;
}

/** Before the calls of these plans leave: their entries are in flight from now on. */
export function markPlansInFlight(db: Database, plans: readonly Plan[], at: string): void {
  for (const plan of plans) {
    if (plan.kind === 'post')
      markInFlight(db, plan.entry.id, { at, serviceCode: plan.ready.serviceCode });
    // A look-up sends nothing until it knows; the entry is in flight already.
  }
}

/** Marked but never sent (the drain paused or stopped first): as they were before the mark. */
export function unmarkUnsentPlans(db: Database, plans: readonly Plan[]): void {
  for (const plan of plans) if (plan.kind === 'post') unmarkInFlight(db, plan.entry);
}

export function recordAnswers(
  db: Database,
  keys: KioskKeys,
  answered: readonly Answered[],
  now: string,
  logger: Logger,
): void {
  for (const { entry, resolution, ticket, sender } of answered) {
    if (resolution.resent) markInFlight(db, entry.id, resolution.resent);
    switch (resolution.kind) {
      case 'sent':
        // What "sent" means beyond the outbox row is the kind's own (a request's centre id).
        sender?.recordSent(db, entry, resolution);
        markSent(db, entry.id, {
          upstreamId: resolution.upstreamId,
          outcome: resolution.outcome,
          now,
        });
        if (resolution.outcome === 'local-only')
          logger.info('the platform does not take this kind; it stays on this kiosk', {
            ticket,
            kind: entry.kind,
          });
        break;
      case 'retry':
        scheduleRetry(db, entry.id, resolution.nextAttemptAt, resolution.reason);
        break;
      case 'postponed':
        postpone(db, entry.id, resolution.until);
        break;
      case 'held':
        hold(db, entry.id, resolution.reason, resolution.until);
        if (entry.heldReason !== resolution.reason)
          logger.warn('held for staff: the entry cannot be sent as it stands', {
            ticket,
            kind: entry.kind,
            reason: resolution.reason,
          });
        break;
      case 'dead':
        recordDeadLetter(db, {
          outboxId: entry.id,
          reason: resolution.reason,
          httpStatus: resolution.status,
          errors: resolution.errors,
          requestSealed: resolution.sent ? seal(keys, resolution.sent) : null,
          mapping: resolution.sent
            ? { serviceCode: resolution.sent.serviceCode, ...resolution.mapping }
            : resolution.mapping,
          now,
        });
        logger.warn('the centre refused an entry; kept for staff', {
          ticket,
          kind: entry.kind,
          status: resolution.status,
          reason: resolution.reason,
        });
        break;
    }
  }
}
