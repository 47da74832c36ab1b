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
