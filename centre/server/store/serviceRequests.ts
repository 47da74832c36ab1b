// Owns service_requests: inserting a request, reading it back, and the list queries of
// GET /requests.json. Rows come back as StoredRequest; the Open311 shape is made elsewhere.
import type { Database } from 'better-sqlite3';
import type { Language, Stage, Urgency } from '../../wire/vocabulary.js';
import type { Channel } from '../../wire/requestForm.js';

export interface NewRequest {
  serviceCode: string;
  serviceName: string;
  /** The need area in extension mode; the service's group in strict mode. */
  category: string;
  channel: Channel;
  kioskId: string | null;
  ticket: string | null;
  lookupCode: string | null;
  urgency: Urgency;
  emergency: boolean;
  language: Language;
  gridId: string | null;
  description: string | null;
  address: string | null;
  addressId: string | null;
  lat: number | null;
  long: number | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  email: string | null;
  deviceId: string | null;
  accountId: string | null;
  mediaUrl: string | null;
  /** Every attribute[code] the POST carried, as sent. */
  attributes: Record<string, string>;
  serviceNotice: string | null;
  agencyResponsible: string | null;
  requestedAt: string;
  receivedAt: string;
}

export interface StoredRequest extends NewRequest {
  id: string;
  stage: Stage;
  acceptedAt: string;
  inProgressAt: string | null;
  doneAt: string | null;
  handlerNote: string | null;
  updatedAt: string;
}

interface Row {
  id: number;
  service_code: string;
  service_name: string;
  category: string;
  channel: Channel;
  kiosk_id: string | null;
  ticket: string | null;
  lookup_code: string | null;
  urgency: Urgency;
  emergency: 0 | 1;
  language: Language;
  grid_id: string | null;
  description: string | null;
  address: string | null;
  address_id: string | null;
  lat: number | null;
  long: number | null;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  email: string | null;
  device_id: string | null;
  account_id: string | null;
  media_url: string | null;
  attributes_json: string;
  service_notice: string | null;
  agency_responsible: string | null;
  requested_at: string;
  received_at: string;
  stage: Stage;
  accepted_at: string;
  in_progress_at: string | null;
  done_at: string | null;
  handler_note: string | null;
  updated_at: string;
}

const toStored = (row: Row): StoredRequest => ({
  id: String(row.id),
  serviceCode: row.service_code,
  serviceName: row.service_name,
  category: row.category,
  channel: row.channel,
  kioskId: row.kiosk_id,
  ticket: row.ticket,
  lookupCode: row.lookup_code,
  urgency: row.urgency,
  emergency: row.emergency === 1,
  language: row.language,
  gridId: row.grid_id,
  description: row.description,
  address: row.address,
  addressId: row.address_id,
  lat: row.lat,
  long: row.long,
  firstName: row.first_name,
  lastName: row.last_name,
  phone: row.phone,
  email: row.email,
  deviceId: row.device_id,
  accountId: row.account_id,
  mediaUrl: row.media_url,
  attributes: JSON.parse(row.attributes_json) as Record<string, string>,
  serviceNotice: row.service_notice,
  agencyResponsible: row.agency_responsible,
  requestedAt: row.requested_at,
  receivedAt: row.received_at,
  stage: row.stage,
  acceptedAt: row.accepted_at,
  inProgressAt: row.in_progress_at,
  doneAt: row.done_at,
  handlerNote: row.handler_note,
  updatedAt: row.updated_at,
});

/** A new request starts "accepted" at the moment it reached the centre. */
export function insertRequest(db: Database, request: NewRequest): StoredRequest {
  const row = db
    .prepare(
      `INSERT INTO service_requests (
         service_code, service_name, category, channel, kiosk_id, ticket, lookup_code, urgency,
         emergency, language, grid_id, description, address, address_id, lat, long, first_name,
         last_name, phone, email, device_id, account_id, media_url, attributes_json,
         service_notice, agency_responsible, requested_at, received_at, stage, accepted_at,
         updated_at)
       VALUES (
         @serviceCode, @serviceName, @category, @channel, @kioskId, @ticket, @lookupCode, @urgency,
         @emergency, @language, @gridId, @description, @address, @addressId, @lat, @long,
         @firstName, @lastName, @phone, @email, @deviceId, @accountId, @mediaUrl, @attributesJson,
         @serviceNotice, @agencyResponsible, @requestedAt, @receivedAt, 'accepted', @receivedAt,
         @receivedAt)
       RETURNING *`,
    )
    .get({
      ...request,
      emergency: request.emergency ? 1 : 0,
      attributesJson: JSON.stringify(request.attributes),
    }) as Row;
  return toStored(row);
}

/** Ids are decimal strings on the wire; anything else simply matches nothing. */
function rowId(id: string): number | undefined {
  return /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : undefined;
}

export function findRequest(db: Database, id: string): StoredRequest | undefined {
  const key = rowId(id);
  if (key === undefined) return undefined;
  const row = db.prepare('SELECT * FROM service_requests WHERE id = ?').get(key) as Row | undefined;
  return row && toStored(row);
}

export function findRequestByLookupCode(
  db: Database,
  lookupCode: string,
): StoredRequest | undefined {
  const row = db.prepare('SELECT * FROM service_requests WHERE lookup_code = ?').get(lookupCode) as
    Row | undefined;
  return row && toStored(row);
}

export interface DuplicateProbe {
  serviceCode: string;
  description: string | null;
  address: string | null;
  addressId: string | null;
  lat: number | null;
  long: number | null;
}

/** Strict mode's de-duplication: the id of a stored request with the same code, text and place. */
export function findDuplicate(db: Database, probe: DuplicateProbe): string | undefined {
  const row = db
    .prepare(
      `SELECT id FROM service_requests
       WHERE service_code = @serviceCode AND description IS @description AND address IS @address
         AND address_id IS @addressId AND lat IS @lat AND long IS @long
       ORDER BY id LIMIT 1`,
    )
    .get(probe) as { id: number } | undefined;
  return row && String(row.id);
}

/** The requests with these ids, in the order asked; unknown ids are left out. */
export function findRequests(db: Database, ids: readonly string[]): StoredRequest[] {
  const statement = db.prepare('SELECT * FROM service_requests WHERE id = ?');
  return ids.flatMap((id) => {
    const key = rowId(id);
    const row = key === undefined ? undefined : (statement.get(key) as Row | undefined);
    return row ? [toStored(row)] : [];
  });
}

export interface RequestQuery {
  serviceCodes: readonly string[] | null;
  /** 'done' ⇔ closed; the others are open. */
  stages: readonly Stage[] | null;
  /** Inclusive range over requested_at (ISO strings compare in time order once normalised). */
  from: string;
  to: string;
  limit: number;
  offset: number;
}

/** Newest first, as platforms list them. */
export function queryRequests(db: Database, query: RequestQuery): StoredRequest[] {
  const where = ['requested_at >= @from', 'requested_at <= @to'];
  const params: Record<string, unknown> = {
    from: query.from,
    to: query.to,
    limit: query.limit,
    offset: query.offset,
  };
  if (query.serviceCodes) {
    where.push(`service_code IN (${query.serviceCodes.map((_, i) => `@code${i}`).join(', ')})`);
    query.serviceCodes.forEach((code, i) => (params[`code${i}`] = code));
  }
  if (query.stages) {
    where.push(`stage IN (${query.stages.map((_, i) => `@stage${i}`).join(', ')})`);
    query.stages.forEach((stage, i) => (params[`stage${i}`] = stage));
  }
  const rows = db
    .prepare(
      `SELECT * FROM service_requests WHERE ${where.join(' AND ')}
       ORDER BY requested_at DESC, id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as Row[];
  return rows.map(toStored);
}

/** Everything, oldest first: for the staff CLI. */
export function allRequests(db: Database, stage: Stage | null = null): StoredRequest[] {
  const rows = (
    stage === null
      ? db.prepare('SELECT * FROM service_requests ORDER BY id').all()
      : db.prepare('SELECT * FROM service_requests WHERE stage = ? ORDER BY id').all(stage)
  ) as Row[];
  return rows.map(toStored);
}

export function countByStage(db: Database): Record<Stage, number> {
  const counts: Record<Stage, number> = { accepted: 0, 'in-progress': 0, done: 0 };
  const rows = db
    .prepare('SELECT stage, COUNT(*) AS n FROM service_requests GROUP BY stage')
    .all() as { stage: Stage; n: number }[];
  for (const row of rows) counts[row.stage] = row.n;
  return counts;
}

/** Writes a stage the caller has already checked is a forward move. */
export function writeStage(
  db: Database,
  id: string,
  stage: Stage,
  note: string | null,
  at: string,
): void {
  const column = stage === 'in-progress' ? 'in_progress_at' : stage === 'done' ? 'done_at' : null;
  if (column === null)
    throw new Error('A request is accepted when it arrives; it cannot move there.');
  db.prepare(
    `UPDATE service_requests
     SET stage = @stage, ${column} = @at, updated_at = @at,
         handler_note = COALESCE(@note, handler_note)
     WHERE id = @id`,
  ).run({ id: rowId(id) ?? -1, stage, at, note });
}
