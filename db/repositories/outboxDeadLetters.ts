// Owns outbox_dead_letters and outbox_resends: everything a refusal came with, so staff can fix
// and resend it without asking the platform again, and the history of every resend (the old and
// the new idempotency key, and the refusal the old one met). The request as sent is sealed by
// the caller (it holds personal fields); this file only stores and reads bytes.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { getEntry, markDead } from './outbox.js';
import { forgetServiceChoice } from './requests.js';

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
  /** Any outbox kind; requestId is null for a kind that is not about a request. */
  kind: string;
  requestId: number | null;
  /** The request's ticket; for other kinds the entry's subject, else its outbox number. */
  ticket: string;
  deadAt: string;
}

/**
 * What staff know an entry about no request by: its subject (a booking code, say), else its
 * number. Read through getEntry, which also reads a database from before subject_id existed.
 */
const labelOf = (db: Database, outboxId: number): string =>
  getEntry(db, outboxId)?.subjectId ?? `#${outboxId}`;

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
  kind: string;
  request_id: number | null;
  ticket: string | null;
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
       JOIN outbox o ON o.id = d.outbox_id LEFT JOIN requests r ON r.id = o.request_id
       WHERE o.state = 'dead' ORDER BY d.dead_at DESC, d.outbox_id DESC LIMIT ?`,
    )
    .all(limit) as DeadLetterRow[];
  return rows.map((row) => ({
    outboxId: row.outbox_id,
    kind: row.kind,
    requestId: row.request_id,
    ticket: row.ticket ?? labelOf(db, row.outbox_id),
    reason: row.reason,
    httpStatus: row.http_status,
    errors: StoredErrors.parse(parsedJson(row.errors_json)),
    requestSealed: row.request_sealed,
    mapping: StoredMapping.parse(parsedJson(row.mapping_json)),
    deadAt: row.dead_at,
  }));
}

export interface DeadLetterResend {
  outboxId: number;
  /** A fresh key: a platform that honours keys would answer the old one with its refusal. */
  idempotencyKey: string;
  /**
   * true: forget the service code the request was saved under, so the mapping in force when it
   * is sent decides (staff fixed service-mapping.json); false: keep it (staff fixed the data).
   */
  refile: boolean;
  now: string;
}

export type ResendResult =
  | { ok: true; ticket: string; previousIdempotencyKey: string; idempotencyKey: string }
  /** key-used: the new key was already used by some entry, now or before a resend. */
  | { ok: false; reason: 'not-found' | 'not-dead' | 'key-used' };

export interface ResendRecord {
  outboxId: number;
  previousIdempotencyKey: string;
  idempotencyKey: string;
  previousServiceCode: string | null;
  serviceCode: string | null;
  deadReason: string;
  deadHttpStatus: number | null;
  deadErrors: DeadLetterError[];
  deadMapping: Record<string, unknown> | null;
  deadAt: string;
  resentAt: string;
}

/**
 * A dead entry goes back to the queue with the same request and ticket under a new key, in one
 * transaction: the dead letter moves to outbox_resends (both keys, all the refusal said), the
 * entry waits again from `now`. It stays marked in flight, so the worker looks it up on the
 * platform before it posts, as it does for any entry that may have been sent before.
 */
export function resendDeadLetter(db: Database, resend: DeadLetterResend): ResendResult {
  return db.transaction((): ResendResult => {
    const entry = db
      .prepare(
        `SELECT o.state, o.idempotency_key, o.sent_service_code, o.request_id, r.ticket,
           r.service_code AS saved_code
         FROM outbox o LEFT JOIN requests r ON r.id = o.request_id WHERE o.id = ?`,
      )
      .get(resend.outboxId) as
      | {
          state: string;
          idempotency_key: string;
          sent_service_code: string | null;
          request_id: number | null;
          ticket: string | null;
          saved_code: string | null;
        }
      | undefined;
    if (!entry) return { ok: false, reason: 'not-found' };
    if (entry.state !== 'dead') return { ok: false, reason: 'not-dead' };
    const used = db
      .prepare(
        `SELECT 1 FROM outbox WHERE idempotency_key = @key UNION ALL SELECT 1 FROM outbox_resends
         WHERE previous_idempotency_key = @key OR idempotency_key = @key LIMIT 1`,
      )
      .get({ key: resend.idempotencyKey });
    if (used !== undefined) return { ok: false, reason: 'key-used' };
    const letter = db
      .prepare('SELECT * FROM outbox_dead_letters WHERE outbox_id = ?')
      .get(resend.outboxId) as
      Omit<DeadLetterRow, 'kind' | 'request_id' | 'ticket' | 'subject_id'> | undefined;
    if (resend.refile && entry.request_id !== null) forgetServiceChoice(db, entry.request_id);
    db.prepare(
      `INSERT INTO outbox_resends (outbox_id, previous_idempotency_key, idempotency_key,
         previous_service_code, service_code, dead_reason, dead_http_status, dead_errors_json,
         dead_request_sealed, dead_mapping_json, dead_at, resent_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      resend.outboxId,
      entry.idempotency_key,
      resend.idempotencyKey,
      entry.sent_service_code ?? entry.saved_code,
      resend.refile ? null : entry.saved_code,
      letter?.reason ?? 'refused',
      letter?.http_status ?? null,
      letter?.errors_json ?? '[]',
      letter?.request_sealed ?? null,
      letter?.mapping_json ?? null,
      letter?.dead_at ?? resend.now,
      resend.now,
    );
    db.prepare('DELETE FROM outbox_dead_letters WHERE outbox_id = ?').run(resend.outboxId);
    db.prepare(
      `UPDATE outbox SET state = 'waiting', idempotency_key = ?, attempts = 0, next_attempt_at = ?,
         last_error = NULL, dead_at = NULL, held_reason = NULL WHERE id = ?`,
    ).run(resend.idempotencyKey, resend.now, resend.outboxId);
    return {
      ok: true,
      ticket: entry.ticket ?? labelOf(db, resend.outboxId),
      previousIdempotencyKey: entry.idempotency_key,
      idempotencyKey: resend.idempotencyKey,
    };
  })();
}

interface ResendRow {
  outbox_id: number;
  previous_idempotency_key: string;
  idempotency_key: string;
  previous_service_code: string | null;
  service_code: string | null;
  dead_reason: string;
  dead_http_status: number | null;
  dead_errors_json: string;
  dead_mapping_json: string | null;
  dead_at: string;
  resent_at: string;
}

/** Every resend of one entry, oldest first. */
export function resendsOf(db: Database, outboxId: number): ResendRecord[] {
  const rows = db
    .prepare('SELECT * FROM outbox_resends WHERE outbox_id = ? ORDER BY id')
    .all(outboxId) as ResendRow[];
  return rows.map((row) => ({
    outboxId: row.outbox_id,
    previousIdempotencyKey: row.previous_idempotency_key,
    idempotencyKey: row.idempotency_key,
    previousServiceCode: row.previous_service_code,
    serviceCode: row.service_code,
    deadReason: row.dead_reason,
    deadHttpStatus: row.dead_http_status,
    deadErrors: StoredErrors.parse(parsedJson(row.dead_errors_json)),
    deadMapping: StoredMapping.parse(parsedJson(row.dead_mapping_json)),
    deadAt: row.dead_at,
    resentAt: row.resent_at,
  }));
}
