// Owns queue_services (the centre's window services as last listed, with the last known queue
// state) and queue_numbers (the numbers this kiosk gave out). See migration 0021.
import type { Database } from 'better-sqlite3';
import { noUnsettledEntryAbout } from './outbox.js';

export interface CachedWindowService {
  code: string;
  name: { 'zh-CN': string; 'zh-TW'?: string | undefined; en?: string | undefined };
  prefix: string;
  window: string;
  priorityAllowed: boolean;
  minutesPerResident: number;
}

export interface QueueState {
  waiting: number | null;
  waitingPriority: number | null;
  /** The centre's local day and the moment the counts were true. */
  day: string;
  at: string;
}

export interface CachedService {
  /** As stored; the caller reads it by schema. */
  service: unknown;
  state: QueueState;
}

export interface StoredQueueNumber {
  clientKey: string;
  serviceCode: string;
  serviceDay: string;
  number: string;
  priority: boolean;
  source: 'centre' | 'kiosk';
  kioskId: string;
  sequence: number | null;
  issuedAt: string;
  waitingAhead: number;
  estimated: boolean;
  atCentre: boolean;
}

/** Replaces the cached list with the centre's latest, in its order. */
export function saveWindowServices(
  db: Database,
  services: readonly (CachedWindowService & { state: QueueState })[],
): void {
  db.transaction(() => {
    db.prepare('DELETE FROM queue_services').run();
    const insert = db.prepare(
      `INSERT INTO queue_services (service_code, position, service_json, waiting, waiting_priority,
         state_day, state_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    services.forEach(({ state, ...service }, position) => {
      insert.run(
        service.code,
        position,
        JSON.stringify(service),
        state.waiting,
        state.waitingPriority,
        state.day,
        state.at,
      );
    });
  })();
}

export function forgetWindowServices(db: Database): void {
  db.prepare('DELETE FROM queue_services').run();
}

interface ServiceRow {
  service_json: string;
  waiting: number | null;
  waiting_priority: number | null;
  state_day: string;
  state_at: string;
}

export function readWindowServices(db: Database): CachedService[] {
  const rows = db
    .prepare(
      `SELECT service_json, waiting, waiting_priority, state_day, state_at FROM queue_services
       ORDER BY position`,
    )
    .all() as ServiceRow[];
  return rows.map((row) => ({
    service: JSON.parse(row.service_json) as unknown,
    state: {
      waiting: row.waiting,
      waitingPriority: row.waiting_priority,
      day: row.state_day,
      at: row.state_at,
    },
  }));
}

interface NumberRow {
  client_key: string;
  service_code: string;
  service_day: string;
  number: string;
  priority: number;
  source: 'centre' | 'kiosk';
  kiosk_id: string;
  sequence: number | null;
  issued_at: string;
  waiting_ahead: number;
  estimated: number;
  at_centre: number;
}

const fromRow = (row: NumberRow): StoredQueueNumber => ({
  clientKey: row.client_key,
  serviceCode: row.service_code,
  serviceDay: row.service_day,
  number: row.number,
  priority: row.priority === 1,
  source: row.source,
  kioskId: row.kiosk_id,
  sequence: row.sequence,
  issuedAt: row.issued_at,
  waitingAhead: row.waiting_ahead,
  estimated: row.estimated === 1,
  atCentre: row.at_centre === 1,
});

export function insertQueueNumber(db: Database, number: StoredQueueNumber): void {
  db.prepare(
    `INSERT INTO queue_numbers (client_key, service_code, service_day, number, priority, source,
       kiosk_id, sequence, issued_at, waiting_ahead, estimated, at_centre)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    number.clientKey,
    number.serviceCode,
    number.serviceDay,
    number.number,
    number.priority ? 1 : 0,
    number.source,
    number.kioskId,
    number.sequence,
    number.issuedAt,
    number.waitingAhead,
    number.estimated ? 1 : 0,
    number.atCentre ? 1 : 0,
  );
}

export function readQueueNumber(db: Database, clientKey: string): StoredQueueNumber | undefined {
  const row = db.prepare('SELECT * FROM queue_numbers WHERE client_key = ?').get(clientKey) as
    NumberRow | undefined;
  return row && fromRow(row);
}

export function markAtCentre(db: Database, clientKey: string): void {
  db.prepare('UPDATE queue_numbers SET at_centre = 1 WHERE client_key = ?').run(clientKey);
}

/** This kiosk's next own sequence for a service, day and kind (1 the first time). */
export function nextKioskSequence(
  db: Database,
  serviceCode: string,
  serviceDay: string,
  priority: boolean,
): number {
  const row = db
    .prepare(
      `SELECT MAX(sequence) AS top FROM queue_numbers
       WHERE service_code = ? AND service_day = ? AND priority = ? AND source = 'kiosk'`,
    )
    .get(serviceCode, serviceDay, priority ? 1 : 0) as { top: number | null };
  return (row.top ?? 0) + 1;
}

/** The numbers given out here for a service on a day, oldest first (for the wait estimate). */
export function numbersOfDay(
  db: Database,
  serviceCode: string,
  serviceDay: string,
): StoredQueueNumber[] {
  const rows = db
    .prepare(
      'SELECT * FROM queue_numbers WHERE service_code = ? AND service_day = ? ORDER BY issued_at',
    )
    .all(serviceCode, serviceDay) as NumberRow[];
  return rows.map(fromRow);
}

/** Numbers of days before `day` that the centre holds: nobody waits for them any more. */
export function forgetPastNumbers(db: Database, day: string): number {
  return db.prepare('DELETE FROM queue_numbers WHERE service_day < ? AND at_centre = 1').run(day)
    .changes;
}

/**
 * Deletes the numbers of days before `day` that no unsettled entry of `kinds` refers to (the
 * retention sweep's); returns their client keys, so their settled entries can go too.
 */
export function purgeSettledNumbersBefore(
  db: Database,
  kinds: readonly string[],
  day: string,
): string[] {
  const rows = db
    .prepare(
      `DELETE FROM queue_numbers WHERE service_day < ?
         AND ${noUnsettledEntryAbout('queue_numbers.client_key')} RETURNING client_key`,
    )
    .all(day, JSON.stringify(kinds)) as { client_key: string }[];
  return rows.map((row) => row.client_key);
}
