// Owns staff_lockout: the count of wrong PINs in a row and the end of a lockout. It lives in
// SQLite, not memory, so restarting the kiosk does not give a guesser five fresh tries.
import type { Database } from 'better-sqlite3';

export interface LockoutState {
  failedCount: number;
  lastFailedAt: string | null;
  lockedUntil: string | null;
}

interface LockoutRow {
  failed_count: number;
  last_failed_at: string | null;
  locked_until: string | null;
}

const none: LockoutState = { failedCount: 0, lastFailedAt: null, lockedUntil: null };

export function readLockout(db: Database): LockoutState {
  const row = db
    .prepare('SELECT failed_count, last_failed_at, locked_until FROM staff_lockout WHERE id = 1')
    .get() as LockoutRow | undefined;
  if (!row) return none;
  return {
    failedCount: row.failed_count,
    lastFailedAt: row.last_failed_at,
    lockedUntil: row.locked_until,
  };
}

export function writeLockout(db: Database, state: LockoutState): void {
  db.prepare(
    `INSERT INTO staff_lockout (id, failed_count, last_failed_at, locked_until) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET failed_count = excluded.failed_count,
       last_failed_at = excluded.last_failed_at, locked_until = excluded.locked_until`,
  ).run(state.failedCount, state.lastFailedAt, state.lockedUntil);
}

export function clearLockout(db: Database): void {
  writeLockout(db, none);
}
