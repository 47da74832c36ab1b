// Owns idempotency_records: the reply each Idempotency-Key produced, so a retry gets exactly the
// same answer. Writes happen inside the caller's transaction, beside the row the reply describes.
import type { Database } from 'better-sqlite3';

export interface IdempotencyRecord {
  key: string;
  fingerprint: string;
  status: number;
  body: string;
  createdAt: string;
}

export function findIdempotencyRecord(db: Database, key: string): IdempotencyRecord | undefined {
  const row = db
    .prepare(
      'SELECT key, fingerprint, status, body, created_at FROM idempotency_records WHERE key = ?',
    )
    .get(key) as
    | { key: string; fingerprint: string; status: number; body: string; created_at: string }
    | undefined;
  return (
    row && {
      key: row.key,
      fingerprint: row.fingerprint,
      status: row.status,
      body: row.body,
      createdAt: row.created_at,
    }
  );
}

export function insertIdempotencyRecord(db: Database, record: IdempotencyRecord): void {
  db.prepare(
    `INSERT INTO idempotency_records (key, fingerprint, status, body, created_at)
     VALUES (@key, @fingerprint, @status, @body, @createdAt)`,
  ).run(record);
}

export function countIdempotencyRecords(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM idempotency_records').get() as { n: number }).n;
}
