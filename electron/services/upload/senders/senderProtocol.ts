// What one kind of outbox entry must tell the worker, and nothing more. A sender reads what its
// entry announces (synchronously, before anything leaves), says how to find it on the platform
// and how to send it, and what "sent" records for it. Everything that makes delivery exactly
// once is NOT here, so a new kind cannot forget it: the worker (outboxSender.ts, queueDrain.ts)
// marks every entry in flight, committed, before its call leaves, always sends under the entry's
// own idempotency key, looks up every entry that may have been sent before resending it, and
// looks up a refusal that may mean "already there" before dead-lettering it. `lookUp` is
// required: a kind the platform cannot search says so by answering `unsupported`, and is then
// sent again under the same key. See docs/exactly-once.md.
import type { Database } from 'better-sqlite3';
import type { OutboxEntry } from '../../../../db/repositories/outbox.js';
import type { Logger } from '../../logger.js';
import type { BackoffPolicy } from '../backoff.js';
import type {
  CentreGateway,
  FailureClassifier,
  GatewayFailure,
  LookupResult,
  OutgoingRequest,
  UpstreamErrorEntry,
} from '../centreGateway.js';
import type { OutgoingRequestDeps } from '../outgoingRequest.js';
import type { ServiceMapping } from '../serviceResolution.js';

export interface SenderDeps extends OutgoingRequestDeps {
  db: Database;
  gateway: CentreGateway;
  classify: FailureClassifier;
  backoff: BackoffPolicy;
  /** How long a held entry waits before it is tried again. */
  heldRetryMs: number;
  logger: Logger;
  now: () => Date;
  random: () => number;
}

export interface DeadDetails {
  reason: string;
  status: number | null;
  errors: readonly UpstreamErrorEntry[];
  /** The request as sent (sealed into the dead letter), when the kind sends one. */
  sent: OutgoingRequest | null;
  mapping: ServiceMapping | null;
}

/** What the platform's answer settled: its id or a token, and how it ended. */
export interface Delivered {
  upstreamId: string | null;
  upstreamToken: string | null;
  /** local-only: the platform does not take this kind; it stays on the kiosk, settled. */
  outcome: 'answered' | 'local-only';
}

/** What to record for an entry when nothing needs to leave the kiosk now. */
export type NotSent =
  /** Not yet possible (e.g. a rating for a request the platform has not numbered): no attempt. */
  | { kind: 'postponed'; until: string }
  /** Cannot go as it stands (no service for it, a newer kiosk's kind): for staff, retried later. */
  | { kind: 'held'; reason: string; until: string }
  | ({ kind: 'dead' } & DeadDetails);

export type Resolution = (
  | {
      kind: 'sent';
      upstreamId: string | null;
      upstreamToken: string | null;
      outcome: 'answered' | 'found' | 'local-only';
    }
  | {
      kind: 'retry';
      nextAttemptAt: string;
      reason: string;
      waitMs: number;
      failure: GatewayFailure;
    }
  | NotSent
) & {
  /** A call left after a look-up found nothing (it is counted when the answer is recorded). */
  resent?: { at: string; serviceCode: string | null };
};

/** What may go out now, and the service code an in-flight mark records with it (or null). */
export interface Ready<Outgoing> {
  value: Outgoing;
  serviceCode: string | null;
}

export type Reading<Found, Outgoing> =
  /** Nothing to send or look up (what it announces is gone, cannot be read, is not due). */
  | { label: string | null; settle: NotSent }
  | {
      /** For logs and staff (a ticket, a booking code); never a personal field. */
      label: string | null;
      /** What a look-up searches by; read even when the entry cannot be sent as it stands. */
      found: Found;
      /** What to send; NotSent when it cannot go now (it is still looked up if in flight). */
      outgoing: Ready<Outgoing> | NotSent;
    };

/**
 * One kind of outbox entry. `Found` is what a look-up needs, `Outgoing` what a send needs.
 * Methods may throw: the worker classifies what they throw (a retry, or a refusal).
 */
export interface OutboxSender<Found = unknown, Outgoing = unknown> {
  /** The outbox's `kind` column for the entries this sender owns. */
  readonly kind: string;
  /**
   * Its entries' created_at is a day, not a moment (an anonymous survey sheet): how long they
   * have waited is unknown, so figures such as "oldest waiting" leave them out.
   */
  readonly undated?: boolean;
  /**
   * Entries of this kind wait outside the outbox until they are due (an anonymous survey sheet:
   * a row written at the visit would sit among that minute's requests). Writes those due at `at`
   * into the outbox, in the worker's drain before it picks entries; returns how many.
   */
  releaseDue?(db: Database, at: string): number;
  read(deps: SenderDeps, entry: OutboxEntry): Reading<Found, Outgoing>;
  /** Is an entry that may have been sent (first sent at `firstSentAt`) on the platform already? */
  lookUp(deps: SenderDeps, found: Found, firstSentAt: string): Promise<LookupResult>;
  /** Sends under the entry's idempotency key, given by the worker; throws on failure. */
  send(deps: SenderDeps, outgoing: Outgoing, idempotencyKey: string): Promise<Delivered>;
  /** What a dead letter keeps of a refused send (the request as sent and its mapping), if any. */
  refused(outgoing: Outgoing): Pick<DeadDetails, 'sent' | 'mapping'>;
  /**
   * In the worker's round transaction, when the entry is settled as sent (answered or found):
   * what "sent" means for this kind beyond the outbox row (e.g. the request's centre id).
   */
  recordSent(
    db: Database,
    entry: OutboxEntry,
    settled: Extract<Resolution, { kind: 'sent' }>,
  ): void;
}
