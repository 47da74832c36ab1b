// A read-only view over every column that holds bytes sealed with the kiosk key, newest first,
// so start-up can tell whether the key it has opens them. The tables stay owned by their own
// repositories (requests.ts, outboxDeadLetters.ts); nothing here writes.
import type { Database } from 'better-sqlite3';

export interface SealedRecord {
  table: 'requests' | 'outbox_dead_letters';
  id: number;
  sealed: Buffer;
}

export function countSealedRecords(db: Database): number {
  const row = db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM requests WHERE personal_sealed IS NOT NULL)
            + (SELECT COUNT(*) FROM outbox_dead_letters WHERE request_sealed IS NOT NULL) AS n`,
    )
    .get() as { n: number };
  return row.n;
}

/** Newest first in each table, requests before dead letters, at most `limit` in all. */
export function* sealedRecords(db: Database, limit: number): Generator<SealedRecord> {
  let left = limit;
  const requests = db
    .prepare(
      `SELECT id, personal_sealed AS sealed FROM requests
       WHERE personal_sealed IS NOT NULL ORDER BY id DESC LIMIT ?`,
    )
    .iterate(left) as IterableIterator<{ id: number; sealed: Buffer }>;
  for (const row of requests) {
    left -= 1;
    yield { table: 'requests', ...row };
  }
  if (left <= 0) return;
  const deadLetters = db
    .prepare(
      `SELECT outbox_id AS id, request_sealed AS sealed FROM outbox_dead_letters
       WHERE request_sealed IS NOT NULL ORDER BY outbox_id DESC LIMIT ?`,
    )
    .iterate(left) as IterableIterator<{ id: number; sealed: Buffer }>;
  for (const row of deadLetters) yield { table: 'outbox_dead_letters', ...row };
}
