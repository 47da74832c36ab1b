// Owns appointment_bookings: the places kiosks booked, by booking code. The free places of a
// slot are counted here from the rows still booked, inside the caller's transaction, so two
// bookings racing for the last place cannot both get it.
import type { Database } from 'better-sqlite3';
import type { BookingOut, BookingStatus } from '../../wire/appointments.js';

export interface NewBooking {
  bookingCode: string;
  slotId: string;
  serviceCode: string;
  contactKind: 'phone' | 'id-card';
  phone: string | null;
  idHash: string | null;
  kioskId: string | null;
  bookedAt: string;
}

export function insertBooking(db: Database, booking: NewBooking): void {
  db.prepare(
    `INSERT INTO appointment_bookings (booking_code, slot_id, service_code, contact_kind, phone,
       id_hash, kiosk_id, status, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'booked', ?)`,
  ).run(
    booking.bookingCode,
    booking.slotId,
    booking.serviceCode,
    booking.contactKind,
    booking.phone,
    booking.idHash,
    booking.kioskId,
    booking.bookedAt,
  );
}

export function bookedCount(db: Database, slotId: string): number {
  return (
    db
      .prepare(
        "SELECT COUNT(*) AS n FROM appointment_bookings WHERE slot_id = ? AND status = 'booked'",
      )
      .get(slotId) as { n: number }
  ).n;
}

/** Booked places per slot, for the listing. */
export function bookedCounts(db: Database): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT slot_id, COUNT(*) AS n FROM appointment_bookings WHERE status = 'booked'
       GROUP BY slot_id`,
    )
    .all() as { slot_id: string; n: number }[];
  return new Map(rows.map((row) => [row.slot_id, row.n]));
}

export function findBooking(db: Database, bookingCode: string): BookingOut | undefined {
  const row = db
    .prepare(
      `SELECT booking_code, slot_id, service_code, status FROM appointment_bookings
       WHERE booking_code = ?`,
    )
    .get(bookingCode) as
    | { booking_code: string; slot_id: string; service_code: string; status: BookingStatus }
    | undefined;
  return row && { ...row };
}

/** true when a booked row became cancelled. */
export function cancelBooking(db: Database, bookingCode: string, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE appointment_bookings SET status = 'cancelled', cancelled_at = ?
         WHERE booking_code = ? AND status = 'booked'`,
      )
      .run(at, bookingCode).changes === 1
  );
}
