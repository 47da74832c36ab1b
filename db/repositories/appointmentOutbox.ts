// What the appointments journey asks of the outbox about one booking code: whether its booking
// entry is still to be settled (and whether it is in flight), whether the centre holds the
// booking (its latest booking entry was answered with the code), and settling on the kiosk the
// entries that no longer need to leave it (a booking cancelled before it was ever sent, a staff
// notice once the resident rebooked or cancelled). Kinds are named by the caller.
import type { Database } from 'better-sqlite3';

export interface BookingEntryState {
  id: number;
  state: 'waiting' | 'held' | 'sent' | 'dead';
  inFlight: boolean;
  upstreamId: string | null;
}

/** The newest outbox entry of `kind` about this code, if any. */
export function latestEntryFor(
  db: Database,
  kind: string,
  code: string,
): BookingEntryState | undefined {
  const row = db
    .prepare(
      `SELECT id, state, in_flight_since, upstream_id FROM outbox WHERE kind = ? AND subject_id = ?
       ORDER BY id DESC LIMIT 1`,
    )
    .get(kind, code) as
    | {
        id: number;
        state: BookingEntryState['state'];
        in_flight_since: string | null;
        upstream_id: string | null;
      }
    | undefined;
  return (
    row && {
      id: row.id,
      state: row.state,
      inFlight: row.in_flight_since !== null,
      upstreamId: row.upstream_id,
    }
  );
}

/** Settles on the kiosk every unsettled entry of `kind` about this code; returns how many. */
export function settleLocally(db: Database, kind: string, code: string, now: string): number {
  return db
    .prepare(
      `UPDATE outbox SET state = 'sent', sent_at = ?, outcome = 'local-only', held_reason = NULL
       WHERE kind = ? AND subject_id = ? AND state <> 'sent'`,
    )
    .run(now, kind, code).changes;
}
