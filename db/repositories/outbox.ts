// Owns outbox: what the upload worker still has to tell the centre, in the order it must.
import type { Database } from 'better-sqlite3';

export type OutboxKind = 'request' | 'rating';
export type OutboxState = 'waiting' | 'sent' | 'dead';

export interface OutboxEntry {
  id: number;
  kind: OutboxKind;
  requestId: number;
  idempotencyKey: string;
  priority: 0 | 1 | 2;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
}

interface OutboxRow {
  id: number;
  kind: OutboxKind;
  request_id: number;
  idempotency_key: string;
  priority: 0 | 1 | 2;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  created_at: string;
}

const toEntry = (row: OutboxRow): OutboxEntry => ({
  id: row.id,
  kind: row.kind,
  requestId: row.request_id,
  idempotencyKey: row.idempotency_key,
  priority: row.priority,
  state: row.state,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  createdAt: row.created_at,
});

/** Must run in the same transaction as the row it announces. */
export function enqueue(
  db: Database,
  entry: {
    kind: OutboxKind;
    requestId: number;
    idempotencyKey: string;
    priority: 0 | 1 | 2;
    now: string;
  },
): OutboxEntry {
  const row = db
    .prepare(
      `INSERT INTO outbox (kind, request_id, idempotency_key, priority, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
    )
    .get(
      entry.kind,
      entry.requestId,
      entry.idempotencyKey,
      entry.priority,
      entry.now,
      entry.now,
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

export function isForwarded(db: Database, requestId: number): boolean {
  const row = db
    .prepare("SELECT state FROM outbox WHERE request_id = ? AND kind = 'request'")
    .get(requestId) as { state: OutboxState } | undefined;
  return row?.state === 'sent';
}

/** Entries due now, in sending order. */
export function dueEntries(db: Database, now: string, limit: number): OutboxEntry[] {
  const rows = db
    .prepare(
      "SELECT * FROM outbox WHERE state = 'waiting' AND next_attempt_at <= ? ORDER BY priority, id LIMIT ?",
    )
    .all(now, limit) as OutboxRow[];
  return rows.map(toEntry);
}

export function markSent(db: Database, id: number, upstreamId: string | null, now: string): void {
  db.prepare(
    "UPDATE outbox SET state = 'sent', sent_at = ?, upstream_id = ?, last_error = NULL WHERE id = ?",
  ).run(now, upstreamId, id);
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

export function markDead(db: Database, id: number, reason: string, now: string): void {
  db.prepare(
    "UPDATE outbox SET state = 'dead', attempts = attempts + 1, last_error = ?, dead_at = ? WHERE id = ?",
  ).run(reason, now, id);
}

export interface QueueSummary {
  waiting: number;
  dead: number;
  oldestWaitingCreatedAt: string | null;
}

export function queueSummary(db: Database): QueueSummary {
  const row = db
    .prepare(
      `SELECT SUM(state = 'waiting') AS waiting, SUM(state = 'dead') AS dead,
              MIN(CASE WHEN state = 'waiting' THEN created_at END) AS oldest
       FROM outbox`,
    )
    .get() as { waiting: number | null; dead: number | null; oldest: string | null };
  return { waiting: row.waiting ?? 0, dead: row.dead ?? 0, oldestWaitingCreatedAt: row.oldest };
}
