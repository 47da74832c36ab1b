// Owns outbox: what the upload worker still has to tell the centre, in the order it must, and
// what it knows about each entry's journey (in flight since when, sent how often, held why).
// Dead letters live in outboxDeadLetters.ts. Every write here is meant to run inside the
// caller's transaction, so the worker can commit several of them with one fsync.
import type { Database } from 'better-sqlite3';
import { prepared } from '../statementCache.js';

/**
 * The sender that owns an entry ('request', 'rating', or a later journey's). Any text: which
 * kinds this kiosk can send is the registry's business (electron/services/upload/senders/), so a
 * row written by a newer kiosk is still read, and held, rather than refused.
 */
export type OutboxKind = string;
export type OutboxState = 'waiting' | 'held' | 'sent' | 'dead';
export type OutboxOutcome = 'answered' | 'found' | 'local-only';

export interface OutboxEntry {
  id: number;
  kind: OutboxKind;
  /** The request it is about; null for a kind that is not about one (see subjectId). */
  requestId: number | null;
  /** A row of the kind's own table, in the kind's own words; null for requests and ratings. */
  subjectId: string | null;
  idempotencyKey: string;
  priority: 0 | 1 | 2;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
  /** When the first POST was about to leave; null: the platform has certainly never seen it. */
  inFlightSince: string | null;
  lastSentAt: string | null;
  sends: number;
  sentServiceCode: string | null;
  heldReason: string | null;
  lastError: string | null;
}

interface OutboxRow {
  id: number;
  kind: OutboxKind;
  request_id: number | null;
  // Absent on a database before migration 0016.
  subject_id?: string | null;
  idempotency_key: string;
  priority: 0 | 1 | 2;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  created_at: string;
  last_error: string | null;
  // Absent on a database before migration 0006.
  in_flight_since?: string | null;
  last_sent_at?: string | null;
  sends?: number;
  sent_service_code?: string | null;
  held_reason?: string | null;
}

const toEntry = (row: OutboxRow): OutboxEntry => ({
  id: row.id,
  kind: row.kind,
  requestId: row.request_id,
  subjectId: row.subject_id ?? null,
  idempotencyKey: row.idempotency_key,
  priority: row.priority,
  state: row.state,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  createdAt: row.created_at,
  inFlightSince: row.in_flight_since ?? null,
  lastSentAt: row.last_sent_at ?? null,
  sends: row.sends ?? 0,
  sentServiceCode: row.sent_service_code ?? null,
  heldReason: row.held_reason ?? null,
  lastError: row.last_error,
});

/**
 * Must run in the same transaction as the row it announces: a request (requests, ratings), or
 * the kind's own row (`subjectId`). subject_id is written only when given, so this also writes
 * to a database from before migration 0016 (the migration tests do).
 */
export function enqueue(
  db: Database,
  entry: {
    kind: OutboxKind;
    idempotencyKey: string;
    priority: 0 | 1 | 2;
    now: string;
    /** When it is first due; `now` when absent (a kind may put its first attempt off). */
    nextAttemptAt?: string;
  } & ({ requestId: number; subjectId?: string } | { requestId?: undefined; subjectId: string }),
): OutboxEntry {
  const values = [
    entry.kind,
    entry.requestId ?? null,
    entry.idempotencyKey,
    entry.priority,
    entry.nextAttemptAt ?? entry.now,
    entry.now,
  ];
  const row = (
    entry.subjectId === undefined
      ? prepared(
          db,
          `INSERT INTO outbox (kind, request_id, idempotency_key, priority, next_attempt_at,
             created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
        ).get(...values)
      : prepared(
          db,
          `INSERT INTO outbox (kind, request_id, idempotency_key, priority, next_attempt_at,
             created_at, subject_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
        ).get(...values, entry.subjectId)
  ) as OutboxRow;
  return toEntry(row);
}

/** Waiting entries in sending order: emergencies first, then urgent, then normal, oldest first. */
export function waitingEntries(db: Database, limit = 100): OutboxEntry[] {
  const rows = db
    .prepare("SELECT * FROM outbox WHERE state = 'waiting' ORDER BY priority, id LIMIT ?")
    .all(limit) as OutboxRow[];
  return rows.map(toEntry);
}

export function getEntry(db: Database, id: number): OutboxEntry | undefined {
  const row = db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
  return row ? toEntry(row) : undefined;
}

export function isForwarded(db: Database, requestId: number): boolean {
  const row = db
    .prepare("SELECT state FROM outbox WHERE request_id = ? AND kind = 'request'")
    .get(requestId) as { state: OutboxState } | undefined;
  return row?.state === 'sent';
}

/** How a request's delivery to the centre stands: saved here, taken by the centre, or refused. */
export function requestDelivery(
  db: Database,
  requestId: number,
): 'queued' | 'forwarded' | 'refused' {
  const row = db
    .prepare("SELECT state FROM outbox WHERE request_id = ? AND kind = 'request'")
    .get(requestId) as { state: OutboxState } | undefined;
  if (row?.state === 'sent') return 'forwarded';
  return row?.state === 'dead' ? 'refused' : 'queued';
}

/** Entries due now, in sending order. */
export function dueEntries(db: Database, now: string, limit: number): OutboxEntry[] {
  const rows = prepared(
    db,
    "SELECT * FROM outbox WHERE state = 'waiting' AND next_attempt_at <= ? ORDER BY priority, id LIMIT ?",
  ).all(now, limit) as OutboxRow[];
  return rows.map(toEntry);
}

/**
 * A POST is about to leave. Commit this before it does: an entry in flight is looked up on the
 * platform before it is ever sent again. The first time is kept; the count and last time move.
 */
export function markInFlight(
  db: Database,
  id: number,
  sending: { at: string; serviceCode: string | null },
): void {
  prepared(
    db,
    `UPDATE outbox SET in_flight_since = COALESCE(in_flight_since, @at), last_sent_at = @at,
       sends = sends + 1, sent_service_code = COALESCE(@serviceCode, sent_service_code)
     WHERE id = @id`,
  ).run({ id, at: sending.at, serviceCode: sending.serviceCode });
}

/**
 * A mark whose POST never left (the drain paused or stopped first): the entry goes back to what
 * it was before the mark, as read then, so it is not looked up for nothing.
 */
export function unmarkInFlight(db: Database, before: OutboxEntry): void {
  db.prepare(
    `UPDATE outbox SET in_flight_since = @inFlightSince, last_sent_at = @lastSentAt,
       sends = @sends, sent_service_code = @sentServiceCode WHERE id = @id`,
  ).run({
    id: before.id,
    inFlightSince: before.inFlightSince,
    lastSentAt: before.lastSentAt,
    sends: before.sends,
    sentServiceCode: before.sentServiceCode,
  });
}

export function markSent(
  db: Database,
  id: number,
  settled: { upstreamId: string | null; outcome: OutboxOutcome; now: string },
): void {
  prepared(
    db,
    `UPDATE outbox SET state = 'sent', sent_at = ?, upstream_id = ?, outcome = ?, last_error = NULL,
       held_reason = NULL WHERE id = ?`,
  ).run(settled.now, settled.upstreamId, settled.outcome, id);
}

export function scheduleRetry(
  db: Database,
  id: number,
  nextAttemptAt: string,
  error: string,
): void {
  db.prepare(
    'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?',
  ).run(nextAttemptAt, error, id);
}

/** Waits without counting an attempt (e.g. a rating whose request has no centre id yet). */
export function postpone(db: Database, id: number, nextAttemptAt: string): void {
  db.prepare('UPDATE outbox SET next_attempt_at = ? WHERE id = ?').run(nextAttemptAt, id);
}

/** The mapping has no service for it: not sent, not dead; tried again at `retryAt` or sooner. */
export function hold(db: Database, id: number, reason: string, retryAt: string): void {
  db.prepare(
    "UPDATE outbox SET state = 'held', held_reason = ?, next_attempt_at = ? WHERE id = ?",
  ).run(reason, retryAt, id);
}

/**
 * Held entries go back to waiting: those whose wait is over ('due'), or all of them at once
 * because the catalogue changed ('all').
 */
export function releaseHeld(db: Database, now: string, which: 'due' | 'all'): number {
  return db
    .prepare(
      `UPDATE outbox SET state = 'waiting', next_attempt_at = MIN(next_attempt_at, @now)
       WHERE state = 'held' AND (@all OR next_attempt_at <= @now)`,
    )
    .run({ now, all: which === 'all' ? 1 : 0 }).changes;
}

export function markDead(db: Database, id: number, reason: string, now: string): void {
  db.prepare(
    "UPDATE outbox SET state = 'dead', attempts = attempts + 1, last_error = ?, dead_at = ? WHERE id = ?",
  ).run(reason, now, id);
}

export interface QueueSummary {
  waiting: number;
  held: number;
  dead: number;
  localOnly: number;
  oldestWaitingCreatedAt: string | null;
  /** The longest-failing waiting entry: first sent when, why it failed last, when it is tried next. */
  oldestFailing: { firstSentAt: string; reason: string | null; nextAttemptAt: string } | null;
  /** The first held entry's reason, for staff. */
  heldReason: string | null;
}

/**
 * `undatedKinds`: kinds whose created_at is a day, not a moment (senders/index.ts undatedKinds):
 * counted, but left out of the oldest waiting, which they would make look up to a day old.
 */
export function queueSummary(db: Database, undatedKinds: readonly string[] = []): QueueSummary {
  const counts = db
    .prepare(
      `SELECT SUM(state = 'waiting') AS waiting, SUM(state = 'held') AS held,
              SUM(state = 'dead') AS dead, SUM(outcome = 'local-only') AS localOnly,
              MIN(CASE WHEN state = 'waiting'
                AND kind NOT IN (SELECT value FROM json_each(?)) THEN created_at END) AS oldest
       FROM outbox`,
    )
    .get(JSON.stringify(undatedKinds)) as {
    waiting: number | null;
    held: number | null;
    dead: number | null;
    localOnly: number | null;
    oldest: string | null;
  };
  const failing = db
    .prepare(
      `SELECT COALESCE(in_flight_since, created_at) AS since, last_error, next_attempt_at
       FROM outbox WHERE state = 'waiting' AND attempts > 0 ORDER BY since LIMIT 1`,
    )
    .get() as { since: string; last_error: string | null; next_attempt_at: string } | undefined;
  const held = db
    .prepare("SELECT held_reason FROM outbox WHERE state = 'held' ORDER BY priority, id LIMIT 1")
    .get() as { held_reason: string | null } | undefined;
  return {
    waiting: counts.waiting ?? 0,
    held: counts.held ?? 0,
    dead: counts.dead ?? 0,
    localOnly: counts.localOnly ?? 0,
    oldestWaitingCreatedAt: counts.oldest,
    oldestFailing: failing
      ? {
          firstSentAt: failing.since,
          reason: failing.last_error,
          nextAttemptAt: failing.next_attempt_at,
        }
      : null,
    heldReason: held?.held_reason ?? null,
  };
}

/**
 * For a kind whose subject must not stay joinable once delivered (an anonymous survey sheet):
 * the entry keeps a placeholder instead of the id the centre holds. Run in the round's
 * transaction, from the sender's recordSent.
 */
export function replaceSubject(db: Database, id: number, placeholder: string): void {
  prepared(db, 'UPDATE outbox SET subject_id = ? WHERE id = ?').run(placeholder, id);
}

// Settled long ago, never refused: a dead letter or a resend keeps its entry for staff.
const settledBefore = `FROM outbox WHERE kind = ? AND state = 'sent' AND sent_at < ?
  AND NOT EXISTS (SELECT 1 FROM outbox_dead_letters d WHERE d.outbox_id = outbox.id)
  AND NOT EXISTS (SELECT 1 FROM outbox_resends r WHERE r.outbox_id = outbox.id)`;

/**
 * The subjects of one kind's entries settled (sent) before `cutoff`, that no dead letter or
 * resend names: for a kind whose settled entries are transient (the retention sweep's).
 */
export function settledSubjectsBefore(db: Database, kind: OutboxKind, cutoff: string): string[] {
  const rows = db.prepare(`SELECT subject_id ${settledBefore}`).all(kind, cutoff) as {
    subject_id: string | null;
  }[];
  return rows.flatMap((row) => (row.subject_id === null ? [] : [row.subject_id]));
}

/** Deletes the entries settledSubjectsBefore names; returns how many. Nothing unsettled goes. */
export function deleteSettledBefore(db: Database, kind: OutboxKind, cutoff: string): number {
  return db.prepare(`DELETE ${settledBefore}`).run(kind, cutoff).changes;
}

/**
 * A journey's purge condition, as SQL: no outbox entry of the kinds bound as the one parameter (a
 * JSON array) about the row named by `subjectColumn` is still waiting, held or dead. A row an
 * unsettled entry refers to is never deleted: the sender or staff still read it.
 */
export const noUnsettledEntryAbout = (subjectColumn: string): string =>
  `NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind IN (SELECT value FROM json_each(?))
     AND o.subject_id = ${subjectColumn} AND o.state <> 'sent')`;

/**
 * Deletes the settled entries of `kinds` about rows a journey's purge just deleted; one a dead
 * letter or resend names stays for staff (it holds an id, nothing personal). Returns how many.
 */
export function deleteSettledEntriesAbout(
  db: Database,
  kinds: readonly string[],
  subjectIds: readonly string[],
): number {
  return db
    .prepare(
      `DELETE FROM outbox WHERE state = 'sent' AND kind IN (SELECT value FROM json_each(?))
         AND subject_id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM outbox_dead_letters d WHERE d.outbox_id = outbox.id)
         AND NOT EXISTS (SELECT 1 FROM outbox_resends r WHERE r.outbox_id = outbox.id)`,
    )
    .run(JSON.stringify(kinds), JSON.stringify(subjectIds)).changes;
}
