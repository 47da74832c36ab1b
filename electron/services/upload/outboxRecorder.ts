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
import { setUpstreamRefs } from '../../../db/repositories/requests.js';
import type { Logger } from '../logger.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { seal } from '../security/sealedFields.js';
import type { Plan, Resolution } from './outboxSender.js';

export interface Answered {
  entry: OutboxEntry;
  resolution: Resolution;
  ticket: string | null;
}

/** Before the POSTs of these plans leave: their entries are in flight from now on. */
export function markPlansInFlight(db: Database, plans: readonly Plan[], at: string): void {
  for (const plan of plans) {
    if (plan.kind === 'post')
      markInFlight(db, plan.entry.id, { at, serviceCode: plan.ready.request.serviceCode });
    else if (plan.kind === 'rating') markInFlight(db, plan.entry.id, { at, serviceCode: null });
    // A look-up sends nothing until it knows; the entry is in flight already.
  }
}

/** Marked but never sent (the drain paused or stopped first): as they were before the mark. */
export function unmarkUnsentPlans(db: Database, plans: readonly Plan[]): void {
  for (const plan of plans) if (plan.kind !== 'look-up') unmarkInFlight(db, plan.entry);
}

export function recordAnswers(
  db: Database,
  keys: KioskKeys,
  answered: readonly Answered[],
  now: string,
  logger: Logger,
): void {
  for (const { entry, resolution, ticket } of answered) {
    if (resolution.resent) markInFlight(db, entry.id, resolution.resent);
    switch (resolution.kind) {
      case 'sent':
        if (entry.kind === 'request') {
          setUpstreamRefs(db, entry.requestId, {
            upstreamId: resolution.upstreamId,
            upstreamToken: resolution.upstreamToken,
          });
        }
        markSent(db, entry.id, {
          upstreamId: resolution.upstreamId,
          outcome: resolution.outcome,
          now,
        });
        if (resolution.outcome === 'local-only')
          logger.info('the platform takes no ratings; the rating stays on this kiosk', { ticket });
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
          logger.warn('held for staff: the mapping has no service for this request', {
            ticket,
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
