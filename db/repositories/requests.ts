// Owns requests and daily_sequences: a request gets its number for the day in the same
// transaction that stores it, so two requests can never share a ticket.
import type { Database } from 'better-sqlite3';
import { prepared } from '../statementCache.js';
import type { mappingSources } from '../../contract/constants.js';

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
}

export interface StoredRequest extends NewRequest {
  id: number;
  dailySeq: number;
  ticket: string;
  lookupCode: string;
}

interface RequestRow {
  id: number;
  kiosk_id: string;
  service_date: string;
  daily_seq: number;
  ticket: string;
  lookup_code: string;
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
}

const toRequest = (row: RequestRow): StoredRequest => ({
  id: row.id,
  kioskId: row.kiosk_id,
  serviceDate: row.service_date,
  dailySeq: row.daily_seq,
  ticket: row.ticket,
  lookupCode: row.lookup_code,
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
});

export class DailySequenceFullError extends Error {
  constructor(serviceDate: string) {
    super(`This kiosk has used all 9999 ticket numbers for ${serviceDate}.`);
    this.name = 'DailySequenceFullError';
  }
}

/** Must run inside the caller's transaction: allocates the day's next number. */
export function nextDailySeq(db: Database, kioskId: string, serviceDate: string): number {
  const row = db
    .prepare(
      `INSERT INTO daily_sequences (kiosk_id, service_date, last_seq) VALUES (?, ?, 1)
       ON CONFLICT (kiosk_id, service_date) DO UPDATE SET last_seq = last_seq + 1
       RETURNING last_seq`,
    )
    .get(kioskId, serviceDate) as { last_seq: number };
  if (row.last_seq > 9999) throw new DailySequenceFullError(serviceDate);
  return row.last_seq;
}

/** Must run inside the caller's transaction. */
export function insertRequest(
  db: Database,
  request: NewRequest,
  numbering: (seq: number) => { ticket: string; lookupCode: string },
): StoredRequest {
  const dailySeq = nextDailySeq(db, request.kioskId, request.serviceDate);
  const { ticket, lookupCode } = numbering(dailySeq);
  const row = db
    .prepare(
      `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
         category, need_id, urgency, emergency, language, grid_id, masked_name, masked_phone,
         id_hash, personal_sealed, service_code, mapping_source)
       VALUES (@kioskId, @serviceDate, @dailySeq, @ticket, @lookupCode, @createdAt, @category,
         @needId, @urgency, @emergency, @language, @gridId, @maskedName, @maskedPhone, @idHash,
         @personalSealed, @serviceCode, @mappingSource)
       RETURNING *`,
    )
    .get({
      ...request,
      dailySeq,
      ticket,
      lookupCode,
      emergency: request.emergency ? 1 : 0,
    }) as RequestRow;
  return toRequest(row);
}

export function findRequestByLookupCode(
  db: Database,
  lookupCode: string,
): StoredRequest | undefined {
  const row = db.prepare('SELECT * FROM requests WHERE lookup_code = ?').get(lookupCode) as
    RequestRow | undefined;
  return row ? toRequest(row) : undefined;
}

/** The newest request with this ticket: a ticket repeats only after a year. */
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

/** Personal fields go once a request is forwarded and older than the retention period. */
export function purgePersonalFields(db: Database, olderThan: string, now: string): number {
  return db
    .prepare(
      `UPDATE requests SET personal_sealed = NULL, id_hash = NULL, purged_at = ?
       WHERE purged_at IS NULL AND created_at < ? AND upstream_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.request_id = requests.id AND o.state <> 'sent')`,
    )
    .run(now, olderThan).changes;
}
