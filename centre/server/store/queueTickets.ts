// Owns queue_tickets (migration 0007): the numbers residents hold for the front-desk windows,
// their order (issued_at), and how many wait ahead of one. Priority numbers are called before
// the others of their service, so a priority number waits only behind earlier priority numbers,
// and any other number behind every waiting priority number and the earlier others.
import type { Database } from 'better-sqlite3';

export type QueueTicketState = 'waiting' | 'called' | 'served' | 'lapsed';

export interface StoredQueueTicket {
  clientKey: string;
  serviceCode: string;
  serviceDay: string;
  number: string;
  priority: boolean;
  source: 'centre' | 'kiosk';
  kioskId: string | null;
  sequence: number;
  issuedAt: string;
  receivedAt: string;
  state: QueueTicketState;
}

interface Row {
  client_key: string;
  service_code: string;
  service_day: string;
  number: string;
  priority: number;
  source: 'centre' | 'kiosk';
  kiosk_id: string | null;
  sequence: number;
  issued_at: string;
  received_at: string;
  state: QueueTicketState;
}

const fromRow = (row: Row): StoredQueueTicket => ({
  clientKey: row.client_key,
  serviceCode: row.service_code,
  serviceDay: row.service_day,
  number: row.number,
  priority: row.priority === 1,
  source: row.source,
  kioskId: row.kiosk_id,
  sequence: row.sequence,
  issuedAt: row.issued_at,
  receivedAt: row.received_at,
  state: row.state,
});

export function findQueueTicket(db: Database, clientKey: string): StoredQueueTicket | undefined {
  const row = db.prepare('SELECT * FROM queue_tickets WHERE client_key = ?').get(clientKey) as
    Row | undefined;
  return row && fromRow(row);
}

export function findQueueNumber(
  db: Database,
  serviceCode: string,
  serviceDay: string,
  number: string,
): StoredQueueTicket | undefined {
  const row = db
    .prepare(
      'SELECT * FROM queue_tickets WHERE service_code = ? AND service_day = ? AND number = ?',
    )
    .get(serviceCode, serviceDay, number) as Row | undefined;
  return row && fromRow(row);
}

/** The centre's own next sequence number for a service, day and kind (1 the first time). */
export function nextCentreSequence(
  db: Database,
  serviceCode: string,
  serviceDay: string,
  priority: boolean,
): number {
  const row = db
    .prepare(
      `SELECT MAX(sequence) AS top FROM queue_tickets
       WHERE service_code = ? AND service_day = ? AND priority = ? AND source = 'centre'`,
    )
    .get(serviceCode, serviceDay, priority ? 1 : 0) as { top: number | null };
  return (row.top ?? 0) + 1;
}

export function insertQueueTicket(db: Database, ticket: StoredQueueTicket): void {
  db.prepare(
    `INSERT INTO queue_tickets (client_key, service_code, service_day, number, priority, source,
       kiosk_id, sequence, issued_at, received_at, state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    ticket.clientKey,
    ticket.serviceCode,
    ticket.serviceDay,
    ticket.number,
    ticket.priority ? 1 : 0,
    ticket.source,
    ticket.kioskId,
    ticket.sequence,
    ticket.issuedAt,
    ticket.receivedAt,
    ticket.state,
  );
}

/** The row of a press now holds the number its kiosk issued itself (the centre's went unseen). */
export function replaceWithReported(db: Database, ticket: StoredQueueTicket): void {
  db.prepare('DELETE FROM queue_tickets WHERE client_key = ?').run(ticket.clientKey);
  insertQueueTicket(db, ticket);
}

/** How many waiting numbers are called before this one. */
export function waitingAhead(db: Database, ticket: StoredQueueTicket): number {
  if (ticket.state !== 'waiting') return 0;
  const row = db
    .prepare(
      `SELECT COUNT(*) AS n FROM queue_tickets
       WHERE service_code = ? AND service_day = ? AND state = 'waiting' AND client_key <> ?
         AND (priority > ? OR (priority = ? AND (issued_at < ? OR (issued_at = ? AND number < ?))))`,
    )
    .get(
      ticket.serviceCode,
      ticket.serviceDay,
      ticket.clientKey,
      ticket.priority ? 1 : 0,
      ticket.priority ? 1 : 0,
      ticket.issuedAt,
      ticket.issuedAt,
      ticket.number,
    ) as { n: number };
  return row.n;
}

export interface QueueCounts {
  waiting: number;
  waitingPriority: number;
  nowServing: string | null;
}

export function queueCounts(db: Database, serviceCode: string, serviceDay: string): QueueCounts {
  const counts = db
    .prepare(
      `SELECT COUNT(*) AS waiting, COALESCE(SUM(priority), 0) AS priority FROM queue_tickets
       WHERE service_code = ? AND service_day = ? AND state = 'waiting'`,
    )
    .get(serviceCode, serviceDay) as { waiting: number; priority: number };
  const called = db
    .prepare(
      `SELECT number FROM queue_tickets WHERE service_code = ? AND service_day = ? AND state = 'called'
       ORDER BY called_at DESC LIMIT 1`,
    )
    .get(serviceCode, serviceDay) as { number: string } | undefined;
  return {
    waiting: counts.waiting,
    waitingPriority: counts.priority,
    nowServing: called?.number ?? null,
  };
}

/** The window calls its next number: the one called before is served. Null: nobody waits. */
export function callNext(
  db: Database,
  serviceCode: string,
  serviceDay: string,
  now: string,
): string | null {
  return db.transaction(() => {
    db.prepare(
      `UPDATE queue_tickets SET state = 'served'
       WHERE service_code = ? AND service_day = ? AND state = 'called'`,
    ).run(serviceCode, serviceDay);
    const next = db
      .prepare(
        `SELECT client_key, number FROM queue_tickets
         WHERE service_code = ? AND service_day = ? AND state = 'waiting'
         ORDER BY priority DESC, issued_at, number LIMIT 1`,
      )
      .get(serviceCode, serviceDay) as { client_key: string; number: string } | undefined;
    if (!next) return null;
    db.prepare("UPDATE queue_tickets SET state = 'called', called_at = ? WHERE client_key = ?").run(
      now,
      next.client_key,
    );
    return next.number;
  })();
}

export function countQueueTickets(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM queue_tickets').get() as { n: number }).n;
}
