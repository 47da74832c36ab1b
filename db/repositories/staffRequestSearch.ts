// Finding a request made on this kiosk for staff: by part of its ticket, the last digits of the
// phone (the only digits kept in clear, in the masked phone), the day it was made, or its stage
// (a cancelled request counts as cancelled whatever its cached stage). Only masked fields are
// read; the sealed ones and the ID hash never are.
import type { Database } from 'better-sqlite3';

export type StaffStage = 'accepted' | 'in-progress' | 'done' | 'cancelled';

export interface RequestSearch {
  ticket?: string | undefined;
  phoneDigits?: string | undefined;
  date?: string | undefined;
  stage?: StaffStage | undefined;
}

export interface FoundRequest {
  id: number;
  ticket: string;
  createdAt: string;
  serviceDate: string;
  category: string;
  needId: string | null;
  urgency: 'normal' | 'urgent';
  emergency: boolean;
  language: 'zh-CN' | 'zh-TW' | 'en';
  maskedName: string | null;
  maskedPhone: string | null;
  stage: StaffStage | null;
  upload: 'waiting' | 'held' | 'sent' | 'dead' | 'cancelled' | null;
  upstreamId: string | null;
}

interface Row {
  id: number;
  ticket: string;
  created_at: string;
  service_date: string;
  category: string;
  need_id: string | null;
  urgency: 'normal' | 'urgent';
  emergency: number;
  language: FoundRequest['language'];
  masked_name: string | null;
  masked_phone: string | null;
  stage: StaffStage | null;
  upload: FoundRequest['upload'];
  upstream_id: string | null;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const selectFound = `SELECT r.id, r.ticket, r.created_at, r.service_date, r.category, r.need_id,
    r.urgency, r.emergency, r.language, r.masked_name, r.masked_phone, r.upstream_id,
    CASE WHEN c.request_id IS NOT NULL THEN 'cancelled' ELSE s.stage END AS stage,
    CASE WHEN c.request_id IS NOT NULL THEN 'cancelled' ELSE o.state END AS upload
  FROM requests r
  LEFT JOIN request_status s ON s.request_id = r.id
  LEFT JOIN outbox o ON o.request_id = r.id AND o.kind = 'request'
  LEFT JOIN request_cancellations c ON c.request_id = r.id`;

const toFound = (row: Row): FoundRequest => ({
  id: row.id,
  ticket: row.ticket,
  createdAt: row.created_at,
  serviceDate: row.service_date,
  category: row.category,
  needId: row.need_id,
  urgency: row.urgency,
  emergency: row.emergency === 1,
  language: row.language,
  maskedName: row.masked_name,
  maskedPhone: row.masked_phone,
  stage: row.stage,
  upload: row.upload,
  upstreamId: row.upstream_id,
});

/** Newest first; every given criterion must hold. */
export function searchRequests(db: Database, search: RequestSearch, limit = 50): FoundRequest[] {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit };
  if (search.ticket) {
    where.push("r.ticket LIKE @ticket ESCAPE '\\'");
    params.ticket = `%${escapeLike(search.ticket)}%`;
  }
  if (search.phoneDigits) {
    where.push("r.masked_phone LIKE @phone ESCAPE '\\'");
    params.phone = `%${escapeLike(search.phoneDigits)}`;
  }
  if (search.date) {
    where.push('r.service_date = @date');
    params.date = search.date;
  }
  if (search.stage) {
    where.push(
      search.stage === 'cancelled'
        ? 'c.request_id IS NOT NULL'
        : 'c.request_id IS NULL AND s.stage = @stage',
    );
    if (search.stage !== 'cancelled') params.stage = search.stage;
  }
  const rows = db
    .prepare(
      `${selectFound} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY r.id DESC LIMIT @limit`,
    )
    .all(params) as Row[];
  return rows.map(toFound);
}

/** The newest request with exactly this ticket. */
export function foundByTicket(db: Database, ticket: string): FoundRequest | undefined {
  const row = db
    .prepare(`${selectFound} WHERE r.ticket = ? COLLATE NOCASE ORDER BY r.id DESC LIMIT 1`)
    .get(ticket) as Row | undefined;
  return row ? toFound(row) : undefined;
}
