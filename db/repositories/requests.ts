// Owns requests and daily_sequences: a request gets its number for the day in the same
// transaction that stores it, so two requests can never share a ticket. The last 100 numbers of
// a day are kept for emergencies: ordinary requests that use up the day never block the red
// button.
import type { Database } from 'better-sqlite3';
import { prepared } from '../statementCache.js';
import type { mappingSources } from '../../contract/constants.js';
import { checkpointAndTruncateWal } from '../wipeWal.js';

export type MappingSource = (typeof mappingSources)[number];

export interface NewRequest {
  kioskId: string;
  serviceDate: string; // YYYY-MM-DD in the centre's time zone
  createdAt: string;
  category: string;
  needId: string | null;
  urgency: 'normal' | 'urgent';
  emergency: boolean;
  language: 'zh-CN' | 'zh-TW' | 'en';
  gridId: string | null;
  maskedName: string | null;
  maskedPhone: string | null;
  idHash: string | null;
  personalSealed: Buffer | null;
  /** The platform's service code chosen when saved; null when none was (yet) known. */
  serviceCode: string | null;
  mappingSource: MappingSource | null;
  /** The staff member who entered it for the resident (assisted entry); null or absent: nobody. */
  assistedBy?: string | null;
  /** Nothing fitted what the resident said: a person routes it (absent = false). */
  needsRouting?: boolean;
  /** The danger kinds its words signalled, "+"-joined (medical+gas); null or absent: none. */
  dangerKinds?: string | null;
}

export interface StoredRequest extends NewRequest {
  id: number;
  dailySeq: number;
  ticket: string;
  lookupCode: string;
  /** The random part of the QR code (never sent); null (or absent) for requests saved before it. */
  lookupSecret?: string | null;
}

interface RequestRow {
  id: number;
  kiosk_id: string;
  service_date: string;
  daily_seq: number;
  ticket: string;
  lookup_code: string;
  lookup_secret: string | null;
  created_at: string;
  category: string;
  need_id: string | null;
  urgency: 'normal' | 'urgent';
  emergency: number;
  language: 'zh-CN' | 'zh-TW' | 'en';
  grid_id: string | null;
  masked_name: string | null;
  masked_phone: string | null;
  id_hash: string | null;
  personal_sealed: Buffer | null;
  service_code: string | null;
  mapping_source: MappingSource | null;
  assisted_by: string | null;
  /** Absent only on a database older than migration 0013. */
  needs_routing?: number;
  /** Absent only on a database older than migration 0016. */
  danger_kinds?: string | null;
}

const toRequest = (row: RequestRow): StoredRequest => ({
  id: row.id,
  kioskId: row.kiosk_id,
  serviceDate: row.service_date,
  dailySeq: row.daily_seq,
  ticket: row.ticket,
  lookupCode: row.lookup_code,
  lookupSecret: row.lookup_secret,
  createdAt: row.created_at,
  category: row.category,
  needId: row.need_id,
  urgency: row.urgency,
  emergency: row.emergency === 1,
  language: row.language,
  gridId: row.grid_id,
  maskedName: row.masked_name,
  maskedPhone: row.masked_phone,
  idHash: row.id_hash,
  personalSealed: row.personal_sealed,
  serviceCode: row.service_code,
  mappingSource: row.mapping_source,
  assistedBy: row.assisted_by,
  needsRouting: row.needs_routing === 1,
  dangerKinds: row.danger_kinds ?? null,
});

/**
 * The highest number an ordinary request may take; the rest of the day is for emergencies. Past
 * 9999 the sequence goes on with five digits (migration 0015), so a busy day never runs out.
 */
export const lastOrdinarySeq = 99_899;
export const lastSeq = 99_999;

export class DailySequenceFullError extends Error {
  constructor(serviceDate: string, ceiling: number) {
    super(`This kiosk has used all ${ceiling} ticket numbers for ${serviceDate}.`);
    this.name = 'DailySequenceFullError';
  }
}

export interface SequenceRules {
  /** The first number of a day this database has not numbered yet. */
  firstSeq: number;
  /** No number above it is given (lastOrdinarySeq, or lastSeq for an emergency). */
  ceiling: number;
}

/** Must run inside the caller's transaction: allocates the day's next number. */
export function nextDailySeq(
  db: Database,
  kioskId: string,
  serviceDate: string,
  rules: SequenceRules = { firstSeq: 1, ceiling: lastOrdinarySeq },
): number {
  const current = prepared(
    db,
    'SELECT last_seq FROM daily_sequences WHERE kiosk_id = ? AND service_date = ?',
  ).get(kioskId, serviceDate) as { last_seq: number } | undefined;
  const next = current ? current.last_seq + 1 : rules.firstSeq;
  if (next > rules.ceiling) throw new DailySequenceFullError(serviceDate, rules.ceiling);
  prepared(
    db,
    `INSERT INTO daily_sequences (kiosk_id, service_date, last_seq) VALUES (?, ?, ?)
     ON CONFLICT (kiosk_id, service_date) DO UPDATE SET last_seq = excluded.last_seq`,
  ).run(kioskId, serviceDate, next);
  return next;
}

/**
 * True when this database has numbered nothing before this day: a new kiosk, or one whose data
 * dir was reset, possibly after it had given out tickets today (then the day starts at random).
 */
export function isFirstDayOfDatabase(db: Database, serviceDate: string): boolean {
  const row = prepared(
    db,
    `SELECT EXISTS (SELECT 1 FROM daily_sequences WHERE service_date < ?) AS earlier,
            EXISTS (SELECT 1 FROM daily_sequences WHERE service_date = ?) AS today`,
  ).get(serviceDate, serviceDate) as { earlier: number; today: number };
  return row.earlier === 0 && row.today === 0;
}

/** Must run inside the caller's transaction. */
export function insertRequest(
  db: Database,
  request: NewRequest,
  numbering: (seq: number) => { ticket: string; lookupCode: string },
  options: { rules?: SequenceRules; lookupSecret?: string | null } = {},
): StoredRequest {
  const dailySeq = nextDailySeq(db, request.kioskId, request.serviceDate, options.rules);
  const { ticket, lookupCode } = numbering(dailySeq);
  const row = prepared(
    db,
    `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, lookup_secret,
       created_at, category, need_id, urgency, emergency, language, grid_id, masked_name,
       masked_phone, id_hash, personal_sealed, service_code, mapping_source, assisted_by,
       needs_routing)
     VALUES (@kioskId, @serviceDate, @dailySeq, @ticket, @lookupCode, @lookupSecret, @createdAt,
       @category, @needId, @urgency, @emergency, @language, @gridId, @maskedName, @maskedPhone,
       @idHash, @personalSealed, @serviceCode, @mappingSource, @assistedBy, @needsRouting)
     RETURNING *`,
  ).get({
    ...request,
    dailySeq,
    ticket,
    lookupCode,
    lookupSecret: options.lookupSecret ?? null,
    assistedBy: request.assistedBy ?? null,
    emergency: request.emergency ? 1 : 0,
    needsRouting: request.needsRouting === true ? 1 : 0,
  }) as RequestRow;
  return toRequest(row);
}

/**
 * Marks a saved request for a person to route (nothing in the community fitted it). Intake calls
 * it in the same synchronous turn as the save, before the upload worker can read the request.
 */
export function markNeedsRouting(db: Database, id: number): void {
  prepared(db, 'UPDATE requests SET needs_routing = 1 WHERE id = ?').run(id);
}

/**
 * Records the danger kinds a saved request's words signalled (why it is urgent), in the same
 * synchronous turn as the save, as markNeedsRouting does.
 */
export function recordDangerKinds(db: Database, id: number, kinds: readonly string[]): void {
  prepared(db, 'UPDATE requests SET danger_kinds = ? WHERE id = ?').run(kinds.join('+'), id);
}

export function findRequestByLookupCode(
  db: Database,
  lookupCode: string,
): StoredRequest | undefined {
  const row = db.prepare('SELECT * FROM requests WHERE lookup_code = ?').get(lookupCode) as
    RequestRow | undefined;
  return row ? toRequest(row) : undefined;
}

/** The newest request with this ticket: a ticket repeats after a year (or a data-dir reset). */
export function findRequestByTicket(db: Database, ticket: string): StoredRequest | undefined {
  const row = db
    .prepare('SELECT * FROM requests WHERE ticket = ? ORDER BY id DESC LIMIT 1')
    .get(ticket) as RequestRow | undefined;
  return row ? toRequest(row) : undefined;
}

export function findRequestsByIdHash(db: Database, idHash: string, limit = 20): StoredRequest[] {
  const rows = db
    .prepare('SELECT * FROM requests WHERE id_hash = ? ORDER BY id DESC LIMIT ?')
    .all(idHash, limit) as RequestRow[];
  return rows.map(toRequest);
}

export function getRequest(db: Database, id: number): StoredRequest | undefined {
  const row = prepared(db, 'SELECT * FROM requests WHERE id = ?').get(id) as RequestRow | undefined;
  return row ? toRequest(row) : undefined;
}

/** For a request saved before its service was known: the code chosen when it was sent. */
export function recordServiceChoice(
  db: Database,
  id: number,
  choice: { serviceCode: string; mappingSource: MappingSource },
): void {
  db.prepare('UPDATE requests SET service_code = ?, mapping_source = ? WHERE id = ?').run(
    choice.serviceCode,
    choice.mappingSource,
    id,
  );
}

/** Staff fixed the mapping: the request is filed under the mapping in force when it is next sent. */
export function forgetServiceChoice(db: Database, id: number): void {
  db.prepare('UPDATE requests SET service_code = NULL, mapping_source = NULL WHERE id = ?').run(id);
}

export function upstreamRefs(
  db: Database,
  id: number,
): { upstreamId: string | null; upstreamToken: string | null } {
  const row = db
    .prepare('SELECT upstream_id, upstream_token FROM requests WHERE id = ?')
    .get(id) as { upstream_id: string | null; upstream_token: string | null } | undefined;
  return { upstreamId: row?.upstream_id ?? null, upstreamToken: row?.upstream_token ?? null };
}

export function setUpstreamRefs(
  db: Database,
  id: number,
  refs: { upstreamId: string | null; upstreamToken: string | null },
): void {
  prepared(db, 'UPDATE requests SET upstream_id = ?, upstream_token = ? WHERE id = ?').run(
    refs.upstreamId,
    refs.upstreamToken,
    id,
  );
}

/** Requests the centre accepted with a token that has not become an id yet. */
export function requestsAwaitingId(db: Database, limit: number): { id: number; token: string }[] {
  return db
    .prepare(
      'SELECT id, upstream_token AS token FROM requests WHERE upstream_token IS NOT NULL AND upstream_id IS NULL ORDER BY id LIMIT ?',
    )
    .all(limit) as { id: number; token: string }[];
}

/** Forwarded requests not yet done, least recently polled first. */
export function requestsToPoll(db: Database, limit: number): { id: number; upstreamId: string }[] {
  return db
    .prepare(
      `SELECT r.id AS id, r.upstream_id AS upstreamId FROM requests r JOIN request_status s ON s.request_id = r.id
       WHERE r.upstream_id IS NOT NULL AND s.stage <> 'done'
       ORDER BY COALESCE(s.polled_at, '') , r.id LIMIT ?`,
    )
    .all(limit) as { id: number; upstreamId: string }[];
}

/**
 * Personal fields go once a request is forwarded (or cancelled by staff, so it never will be)
 * and older than the retention period: from the table, and then from the WAL's older page
 * images (db/wipeWal.ts).
 */
export function purgePersonalFields(db: Database, olderThan: string, now: string): number {
  const purged = db
    .prepare(
      `UPDATE requests SET personal_sealed = NULL, id_hash = NULL, purged_at = ?
       WHERE purged_at IS NULL AND created_at < ?
         AND (upstream_id IS NOT NULL
           OR EXISTS (SELECT 1 FROM request_cancellations c WHERE c.request_id = requests.id))
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.request_id = requests.id AND o.state <> 'sent')`,
    )
    .run(now, olderThan).changes;
  if (purged > 0) checkpointAndTruncateWal(db);
  return purged;
}
