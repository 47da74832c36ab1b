// Owns appointment_bookings: the bookings made on this kiosk, by booking code, and what the
// centre made of each (waiting, confirmed, slot-taken, cancelled). The phone arrives sealed and
// the ID number as its keyed hash; nothing here reads either back but the sender (the phone).
import type { Database } from 'better-sqlite3';
import type { BookingState, Language } from '../../contract/index.js';
import { noUnsettledEntryAbout } from './outbox.js';

export interface NewLocalBooking {
  code: string;
  slotId: string;
  serviceCode: string;
  serviceName: unknown;
  homeVisit: boolean;
  date: string;
  start: string;
  end: string;
  contact: { kind: 'phone'; phoneSealed: Buffer } | { kind: 'id-card'; idHash: string };
  language: Language;
  now: string;
}

export interface LocalBooking {
  code: string;
  slotId: string;
  serviceCode: string;
  serviceName: unknown;
  homeVisit: boolean;
  date: string;
  start: string;
  end: string;
  contactKind: 'phone' | 'id-card';
  phoneSealed: Buffer | null;
  idHash: string | null;
  language: Language;
  state: BookingState;
  cancelPending: boolean;
}

interface Row {
  code: string;
  slot_id: string;
  service_code: string;
  service_name_json: string;
  home_visit: number;
  date: string;
  start_time: string;
  end_time: string;
  contact_kind: 'phone' | 'id-card';
  phone_sealed: Buffer | null;
  id_hash: string | null;
  language: Language;
  state: BookingState;
  cancel_pending: number;
}

export function insertBooking(db: Database, booking: NewLocalBooking): void {
  db.prepare(
    `INSERT INTO appointment_bookings (code, slot_id, service_code, service_name_json, home_visit,
       date, start_time, end_time, contact_kind, phone_sealed, id_hash, language, state,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?)`,
  ).run(
    booking.code,
    booking.slotId,
    booking.serviceCode,
    JSON.stringify(booking.serviceName),
    booking.homeVisit ? 1 : 0,
    booking.date,
    booking.start,
    booking.end,
    booking.contact.kind,
    booking.contact.kind === 'phone' ? booking.contact.phoneSealed : null,
    booking.contact.kind === 'id-card' ? booking.contact.idHash : null,
    booking.language,
    booking.now,
    booking.now,
  );
}

export function bookingExists(db: Database, code: string): boolean {
  return db.prepare('SELECT 1 FROM appointment_bookings WHERE code = ?').get(code) !== undefined;
}

export function readBooking(db: Database, code: string): LocalBooking | undefined {
  const row = db.prepare('SELECT * FROM appointment_bookings WHERE code = ?').get(code) as
    Row | undefined;
  return (
    row && {
      code: row.code,
      slotId: row.slot_id,
      serviceCode: row.service_code,
      serviceName: JSON.parse(row.service_name_json) as unknown,
      homeVisit: row.home_visit === 1,
      date: row.date,
      start: row.start_time,
      end: row.end_time,
      contactKind: row.contact_kind,
      phoneSealed: row.phone_sealed,
      idHash: row.id_hash,
      language: row.language,
      state: row.state,
      cancelPending: row.cancel_pending === 1,
    }
  );
}

export function setBookingState(
  db: Database,
  code: string,
  state: BookingState,
  now: string,
  cancelPending?: boolean,
): void {
  db.prepare(
    `UPDATE appointment_bookings SET state = ?, updated_at = ?,
       cancel_pending = COALESCE(?, cancel_pending) WHERE code = ?`,
  ).run(state, now, cancelPending === undefined ? null : cancelPending ? 1 : 0, code);
}

export function clearCancelPending(db: Database, code: string, now: string): void {
  db.prepare(
    'UPDATE appointment_bookings SET cancel_pending = 0, updated_at = ? WHERE code = ?',
  ).run(now, code);
}

/** A slot-taken booking moved to another slot: waiting again, under the same code. */
export function moveBooking(
  db: Database,
  code: string,
  slot: { slotId: string; date: string; start: string; end: string },
  now: string,
): void {
  db.prepare(
    `UPDATE appointment_bookings SET slot_id = ?, date = ?, start_time = ?, end_time = ?,
       state = 'waiting', updated_at = ? WHERE code = ?`,
  ).run(slot.slotId, slot.date, slot.start, slot.end, now, code);
}

/** Places of this slot booked here and not yet accepted by the centre. */
export function waitingInSlot(db: Database, slotId: string): number {
  return (
    db
      .prepare(
        "SELECT COUNT(*) AS n FROM appointment_bookings WHERE slot_id = ? AND state = 'waiting'",
      )
      .get(slotId) as { n: number }
  ).n;
}

/**
 * Deletes the bookings of slot days before `day` that no unsettled entry of `kinds` refers to
 * (the retention sweep's); returns their codes, so their settled entries can go too.
 */
export function purgeSettledBookingsBefore(
  db: Database,
  kinds: readonly string[],
  day: string,
): string[] {
  const rows = db
    .prepare(
      `DELETE FROM appointment_bookings WHERE date < ?
         AND ${noUnsettledEntryAbout('appointment_bookings.code')} RETURNING code`,
    )
    .all(day, JSON.stringify(kinds)) as { code: string }[];
  return rows.map((row) => row.code);
}
