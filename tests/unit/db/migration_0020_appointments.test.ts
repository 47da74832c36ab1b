// Migration 0020 adds the appointments tables (the cached services and slots, the bookings made
// here) beside what a kiosk already holds: its outbox stays as it was, a booking is stored with
// a sealed phone or an ID hash (never both, never neither), and a slot's free places stay
// between zero and its capacity.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { insertBooking, readBooking } from '../../../db/repositories/appointmentBookings.js';

const before = 19;
const after = 20;
const at = '2026-12-01T01:30:00.000Z';

function oldDatabase(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  migrate(db, loadMigrations(), before);
  db.exec(
    `INSERT INTO outbox (id, kind, subject_id, idempotency_key, priority, next_attempt_at,
       created_at) VALUES (1, 'survey-answers', 'delivered', 'key-1', 2, '${at}', '${at}')`,
  );
  return db;
}

describe('migration 0019: appointments', () => {
  it('keeps the outbox and stores a booking with a sealed phone', () => {
    const db = oldDatabase();
    const rowsBefore = db.prepare('SELECT * FROM outbox').all();
    migrate(db, loadMigrations(), after);
    expect(db.prepare('SELECT * FROM outbox').all()).toEqual(rowsBefore);
    insertBooking(db, {
      code: '0101-48291',
      slotId: 'health-check_2026-12-01_0830',
      serviceCode: 'health-check',
      serviceName: { 'zh-CN': '健康检查', 'zh-TW': '健康檢查', en: 'Health check' },
      homeVisit: false,
      date: '2026-12-01',
      start: '08:30',
      end: '09:30',
      contact: { kind: 'phone', phoneSealed: Buffer.from([1, 2, 3]) },
      language: 'zh-CN',
      now: at,
    });
    expect(readBooking(db, '0101-48291')).toMatchObject({
      state: 'waiting',
      contactKind: 'phone',
      idHash: null,
      cancelPending: false,
    });
  });

  it('refuses a booking code with letters, a card booking without its hash, a free count beyond capacity', () => {
    const db = oldDatabase();
    migrate(db, loadMigrations(), after);
    const insert = db.prepare(
      `INSERT INTO appointment_bookings (code, slot_id, service_code, service_name_json,
         home_visit, date, start_time, end_time, contact_kind, phone_sealed, id_hash, language,
         state, created_at, updated_at)
       VALUES (?, 's', 'x', '{}', 0, '2026-12-01', '08:30', '09:30', ?, ?, ?, 'zh-CN', 'waiting', ?, ?)`,
    );
    expect(() => insert.run('A01-48291', 'phone', Buffer.from([1]), null, at, at)).toThrow(/CHECK/);
    expect(() => insert.run('0101-00001', 'id-card', null, null, at, at)).toThrow(/CHECK/);
    expect(() =>
      insert.run('0101-00002', 'phone', Buffer.from([1]), 'a'.repeat(64), at, at),
    ).toThrow(/CHECK/);
    insert.run('0101-00003', 'id-card', null, 'a'.repeat(64), at, at);
    const slot = db.prepare(
      `INSERT INTO appointment_slots (slot_id, service_code, date, start_time, end_time, capacity,
         free) VALUES (?, 'x', '2026-12-01', '08:30', '09:30', 2, ?)`,
    );
    expect(() => slot.run('a', 3)).toThrow(/CHECK/);
    expect(() => slot.run('b', -1)).toThrow(/CHECK/);
    slot.run('c', 2);
  });
});
