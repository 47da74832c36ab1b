// Centre migration 0008 adds appointment_bookings beside what a version-7 centre holds: its
// survey sheets stay, a booking is stored by code, and the table refuses a phone booking
// without a phone, an ID hash that is not one, and a status it does not know.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { centreMigrationsDir } from '../../../centre/server/store/centreDatabase.js';
import {
  bookedCount,
  cancelBooking,
  findBooking,
  insertBooking,
} from '../../../centre/server/store/appointmentBookings.js';
import { loadMigrations, migrate, schemaVersion } from '../../../centre/server/store/migrate.js';

const before = 7;
const after = 8;
const migrations = loadMigrations(centreMigrationsDir());

describe('centre migration 0008_appointment_bookings', () => {
  it('keeps the survey sheets and stores bookings by code', () => {
    const db = new BetterSqlite3(':memory:');
    try {
      migrate(db, migrations, before);
      db.prepare(
        `INSERT INTO survey_responses VALUES ('0b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a', 'needs-2026',
           '2026-11-28', '2026-11-28', '{}')`,
      ).run();
      const sheets = db.prepare('SELECT * FROM survey_responses').all();
      expect(migrate(db, migrations, after)).toBe(after);
      expect(schemaVersion(db)).toBe(after);
      expect(db.prepare('SELECT * FROM survey_responses').all()).toEqual(sheets);

      insertBooking(db, {
        bookingCode: '0101-00001',
        slotId: 'health-check_2026-12-01_0830',
        serviceCode: 'health-check',
        contactKind: 'id-card',
        phone: null,
        idHash: 'a'.repeat(64),
        kioskId: 'A01',
        bookedAt: '2026-12-01T01:00:00.000Z',
      });
      expect(bookedCount(db, 'health-check_2026-12-01_0830')).toBe(1);
      expect(cancelBooking(db, '0101-00001', '2026-12-01T02:00:00.000Z')).toBe(true);
      expect(cancelBooking(db, '0101-00001', '2026-12-01T02:00:00.000Z')).toBe(false);
      expect(bookedCount(db, 'health-check_2026-12-01_0830')).toBe(0);
      expect(findBooking(db, '0101-00001')?.status).toBe('cancelled');

      const insert = db.prepare(
        `INSERT INTO appointment_bookings (booking_code, slot_id, service_code, contact_kind,
           phone, id_hash, status, booked_at) VALUES (?, 's', 'x', ?, ?, ?, ?, 'T')`,
      );
      expect(() => insert.run('0101-00002', 'phone', null, null, 'booked')).toThrow(/CHECK/);
      expect(() => insert.run('0101-00003', 'id-card', null, '123', 'booked')).toThrow(/CHECK/);
      expect(() => insert.run('0101-00004', 'phone', '138', null, 'maybe')).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
