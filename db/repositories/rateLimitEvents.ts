// Owns rate_limit_events: one row per event a kiosk limit counts (slidingWindow.ts), so the
// counts survive a restart. Small on purpose: record, count in a stretch, prune.
import type { Database } from 'better-sqlite3';
import { prepared } from '../statementCache.js';

export function recordRateLimitEvent(db: Database, limitName: string, atMs: number): void {
  prepared(db, 'INSERT INTO rate_limit_events (limit_name, at_ms) VALUES (?, ?)').run(
    limitName,
    atMs,
  );
}

/** Events of the limit with after < at_ms <= upTo (a row from a clock set ahead is not counted). */
export function countRateLimitEvents(
  db: Database,
  limitName: string,
  after: number,
  upTo: number,
): number {
  const row = prepared(
    db,
    'SELECT count(*) AS n FROM rate_limit_events WHERE limit_name = ? AND at_ms > ? AND at_ms <= ?',
  ).get(limitName, after, upTo) as { n: number };
  return row.n;
}

/** Deletes the limit's events outside [from, upTo]: too old to count, or from a wrong clock. */
export function pruneRateLimitEvents(
  db: Database,
  limitName: string,
  from: number,
  upTo: number,
): number {
  return prepared(
    db,
    'DELETE FROM rate_limit_events WHERE limit_name = ? AND (at_ms < ? OR at_ms > ?)',
  ).run(limitName, from, upTo).changes;
}
