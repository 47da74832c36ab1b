// Owns outbox_dead_letters: everything a refusal came with, so staff can fix and resend it
// without asking the platform again. The request as sent is sealed by the caller (it holds
// personal fields); this file only stores and reads bytes.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { markDead } from './outbox.js';

export interface DeadLetterError {
  code: string;
  description: string;
}

export interface NewDeadLetter {
  outboxId: number;
  /** One line: the most useful error, not the first generic one. */
  reason: string;
  httpStatus: number | null;
  errors: readonly DeadLetterError[];
  /** The request as sent, sealed with the kiosk key; null when nothing was built. */
  requestSealed: Buffer | null;
  /** The mapping used: service code and how it was chosen. */
  mapping: Readonly<Record<string, unknown>> | null;
  now: string;
}

export interface DeadLetter extends Omit<NewDeadLetter, 'now'> {
  kind: 'request' | 'rating';
  requestId: number;
  ticket: string;
  deadAt: string;
}

/** Must run in the caller's transaction: the entry turns dead and its details are kept. */
export function recordDeadLetter(db: Database, letter: NewDeadLetter): void {
  markDead(db, letter.outboxId, letter.reason, letter.now);
  db.prepare(
    `INSERT INTO outbox_dead_letters (outbox_id, reason, http_status, errors_json, request_sealed,
       mapping_json, dead_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (outbox_id) DO UPDATE SET reason = excluded.reason,
       http_status = excluded.http_status, errors_json = excluded.errors_json,
       request_sealed = excluded.request_sealed, mapping_json = excluded.mapping_json,
       dead_at = excluded.dead_at`,
  ).run(
    letter.outboxId,
    letter.reason,
    letter.httpStatus,
    JSON.stringify(letter.errors),
    letter.requestSealed,
    letter.mapping === null ? null : JSON.stringify(letter.mapping),
    letter.now,
  );
}

// Read back tolerantly: a damaged column costs its details, never the whole staff list.
const StoredErrors = z.array(z.object({ code: z.string(), description: z.string() })).catch([]);
const StoredMapping = z.record(z.string(), z.unknown()).nullable().catch(null);
const parsedJson = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

interface DeadLetterRow {
  outbox_id: number;
  kind: 'request' | 'rating';
  request_id: number;
  ticket: string;
  reason: string;
  http_status: number | null;
  errors_json: string;
  request_sealed: Buffer | null;
  mapping_json: string | null;
  dead_at: string;
}

/** Dead letters still dead, newest first (staff screens read them; a resend removes one). */
export function deadLetters(db: Database, limit = 100): DeadLetter[] {
  const rows = db
    .prepare(
      `SELECT d.*, o.kind, o.request_id, r.ticket FROM outbox_dead_letters d
       JOIN outbox o ON o.id = d.outbox_id JOIN requests r ON r.id = o.request_id
       WHERE o.state = 'dead' ORDER BY d.dead_at DESC, d.outbox_id DESC LIMIT ?`,
    )
    .all(limit) as DeadLetterRow[];
  return rows.map((row) => ({
    outboxId: row.outbox_id,
    kind: row.kind,
    requestId: row.request_id,
    ticket: row.ticket,
    reason: row.reason,
    httpStatus: row.http_status,
    errors: StoredErrors.parse(parsedJson(row.errors_json)),
    requestSealed: row.request_sealed,
    mapping: StoredMapping.parse(parsedJson(row.mapping_json)),
    deadAt: row.dead_at,
  }));
}
