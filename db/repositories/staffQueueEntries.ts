// The outbox as staff see it: every entry not yet settled (waiting, in flight, held, dead), its
// ticket, age and last trouble, oldest first, plus the few writes staff may make to it: try the
// waiting ones now, send a held one again, and settle an entry on the kiosk when it is cancelled.
// No personal field is read here: the list is safe to show over a shoulder.
import type { Database } from 'better-sqlite3';
import type { RequestCancelReason } from '../../contract/requests.js';

export type StaffQueueState = 'waiting' | 'in-flight' | 'held' | 'dead';

export interface StaffQueueRow {
  outboxId: number;
  /** Any outbox kind ('request', 'rating', a later journey's, or one this kiosk cannot send). */
  kind: string;
  /** null for a kind that is not about a request. */
  requestId: number | null;
  /** The request's ticket; for other kinds the entry's subject, else its outbox number. */
  ticket: string;
  state: StaffQueueState;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  /** When the first POST was about to leave; null: the platform has never seen it. */
  inFlightSince: string | null;
  lastError: string | null;
  heldReason: string | null;
  sentServiceCode: string | null;
  savedServiceCode: string | null;
}

interface Row {
  id: number;
  kind: string;
  request_id: number | null;
  ticket: string | null;
  subject_id: string | null;
  state: 'waiting' | 'held' | 'dead';
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  in_flight_since: string | null;
  last_error: string | null;
  held_reason: string | null;
  sent_service_code: string | null;
  saved_code: string | null;
}

const toLine = (row: Row): StaffQueueRow => ({
  outboxId: row.id,
  kind: row.kind,
  requestId: row.request_id,
  ticket: row.ticket ?? row.subject_id ?? `#${row.id}`,
  // A waiting entry whose POST has left and not been answered is "in flight".
  state: row.state === 'waiting' && row.in_flight_since !== null ? 'in-flight' : row.state,
  createdAt: row.created_at,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  inFlightSince: row.in_flight_since,
  lastError: row.last_error,
  heldReason: row.held_reason,
  sentServiceCode: row.sent_service_code,
  savedServiceCode: row.saved_code,
});

// Entries of every kind: those about no request (request_id NULL) are listed too.
const selectLines = `SELECT o.id, o.kind, o.request_id, r.ticket, o.subject_id, o.state, o.created_at,
    o.attempts, o.next_attempt_at, o.in_flight_since, o.last_error, o.held_reason,
    o.sent_service_code, r.service_code AS saved_code
  FROM outbox o LEFT JOIN requests r ON r.id = o.request_id`;

/** Unsettled entries, oldest first (the oldest is the one a resident has waited on longest). */
export function unsettledEntries(db: Database, limit = 200): StaffQueueRow[] {
  const rows = db
    .prepare(`${selectLines} WHERE o.state <> 'sent' ORDER BY o.created_at, o.id LIMIT ?`)
    .all(limit) as Row[];
  return rows.map(toLine);
}

export function unsettledEntry(db: Database, outboxId: number): StaffQueueRow | undefined {
  const row = db.prepare(`${selectLines} WHERE o.id = ? AND o.state <> 'sent'`).get(outboxId) as
    Row | undefined;
  return row ? toLine(row) : undefined;
}

/** "Retry now": every waiting entry is due at once. Returns how many were brought forward. */
export function bringWaitingForward(db: Database, now: string): number {
  return db
    .prepare(
      "UPDATE outbox SET next_attempt_at = ? WHERE state = 'waiting' AND next_attempt_at > ?",
    )
    .run(now, now).changes;
}

/** A held entry goes back to waiting, due now; false when it is not held. */
export function releaseOneHeld(db: Database, outboxId: number, now: string): boolean {
  return (
    db
      .prepare(
        "UPDATE outbox SET state = 'waiting', next_attempt_at = ? WHERE id = ? AND state = 'held'",
      )
      .run(now, outboxId).changes === 1
  );
}

/**
 * A notice for staff (an entry that never leaves the kiosk) is settled once staff handled it;
 * false when it is not an unsettled entry of `kind`.
 */
export function settleHandledNotice(
  db: Database,
  outboxId: number,
  kind: string,
  now: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE outbox SET state = 'sent', outcome = 'local-only', sent_at = ?, held_reason = NULL
         WHERE id = ? AND kind = ? AND state <> 'sent'`,
      )
      .run(now, outboxId, kind).changes === 1
  );
}

export type CancelReason = RequestCancelReason;

export interface Cancellation {
  reason: CancelReason;
  note: string | null;
  staffId: string;
  cancelledAt: string;
}

/**
 * Must run in the caller's transaction. The request's unsettled entries (the request and any
 * rating) are settled on this kiosk, never posted again, and the reason is kept for look-ups.
 */
export function recordCancellation(
  db: Database,
  requestId: number,
  cancellation: Cancellation,
): number {
  db.prepare(
    `INSERT INTO request_cancellations (request_id, reason, note, staff_id, cancelled_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    requestId,
    cancellation.reason,
    cancellation.note,
    cancellation.staffId,
    cancellation.cancelledAt,
  );
  return db
    .prepare(
      `UPDATE outbox SET state = 'sent', outcome = 'local-only', sent_at = ?, held_reason = NULL
       WHERE request_id = ? AND state <> 'sent'`,
    )
    .run(cancellation.cancelledAt, requestId).changes;
}

interface CancellationRow {
  reason: CancelReason;
  note: string | null;
  staff_id: string;
  cancelled_at: string;
}

export function readCancellation(db: Database, requestId: number): Cancellation | undefined {
  const row = db
    .prepare('SELECT * FROM request_cancellations WHERE request_id = ?')
    .get(requestId) as CancellationRow | undefined;
  return row
    ? {
        reason: row.reason,
        note: row.note,
        staffId: row.staff_id,
        cancelledAt: row.cancelled_at,
      }
    : undefined;
}

/** Stamps the resend just recorded for an entry with who made it and which fields changed. */
export function stampLatestResend(
  db: Database,
  outboxId: number,
  stamp: { staffId: string; correctedFields: readonly string[] },
): void {
  db.prepare(
    `UPDATE outbox_resends SET staff_id = ?, corrected_fields_json = ?
     WHERE id = (SELECT MAX(id) FROM outbox_resends WHERE outbox_id = ?)`,
  ).run(stamp.staffId, JSON.stringify(stamp.correctedFields), outboxId);
}
