// A read-only view for staff: the requests made on this kiosk, newest first, with where each one
// is on its way to the centre (waiting, held and why, sent, refused) and its last known stage.
// No names, phones or ID hashes are read here: the list is safe to show over a shoulder.
import type { Database } from 'better-sqlite3';

export interface KioskRequestLine {
  ticket: string;
  createdAt: string;
  category: string;
  urgency: 'normal' | 'urgent';
  emergency: boolean;
  /** The request's outbox entry; null before one exists. */
  upload: 'waiting' | 'held' | 'sent' | 'dead' | null;
  heldReason: string | null;
  lastError: string | null;
  attempts: number;
  /** The centre's id once it answered. */
  upstreamId: string | null;
  stage: 'accepted' | 'in-progress' | 'done' | null;
}

interface Row {
  ticket: string;
  created_at: string;
  category: string;
  urgency: 'normal' | 'urgent';
  emergency: number;
  upload: KioskRequestLine['upload'];
  held_reason: string | null;
  last_error: string | null;
  attempts: number | null;
  upstream_id: string | null;
  stage: KioskRequestLine['stage'];
}

export function recentKioskRequests(db: Database, limit = 50): KioskRequestLine[] {
  const rows = db
    .prepare(
      `SELECT r.ticket, r.created_at, r.category, r.urgency, r.emergency, r.upstream_id,
         o.state AS upload, o.held_reason, o.last_error, o.attempts, s.stage
       FROM requests r
       LEFT JOIN outbox o ON o.request_id = r.id AND o.kind = 'request'
       LEFT JOIN request_status s ON s.request_id = r.id
       ORDER BY r.id DESC LIMIT ?`,
    )
    .all(limit) as Row[];
  return rows.map((row) => ({
    ticket: row.ticket,
    createdAt: row.created_at,
    category: row.category,
    urgency: row.urgency,
    emergency: row.emergency === 1,
    upload: row.upload,
    heldReason: row.held_reason,
    lastError: row.last_error,
    attempts: row.attempts ?? 0,
    upstreamId: row.upstream_id,
    stage: row.stage,
  }));
}
