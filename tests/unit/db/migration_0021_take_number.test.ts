// Migration 0021 adds take-a-number's two tables (the centre's window services as last listed,
// the numbers given out here) beside what a kiosk already holds: its outbox stays as it was, a
// number is unique per service and day, and an offline number always carries its own sequence.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import {
  type StoredQueueNumber,
  insertQueueNumber,
  nextKioskSequence,
  readWindowServices,
  saveWindowServices,
} from '../../../db/repositories/queueNumbers.js';

const before = 20;
const after = 21;
const at = '2026-12-01T01:30:00.000Z';

const number = (overrides: Partial<StoredQueueNumber> = {}): StoredQueueNumber => ({
  clientKey: '0b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a',
  serviceCode: 'civil-affairs',
  serviceDay: '2026-12-01',
  number: 'B01-A03',
  priority: false,
  source: 'kiosk',
  kioskId: 'A03',
  sequence: 1,
  issuedAt: at,
  waitingAhead: 2,
  estimated: true,
  atCentre: false,
  ...overrides,
});

describe('migration 0021: take a number', () => {
  it('keeps the outbox and stores window services and the numbers given out', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), before);
    db.exec(
      `INSERT INTO outbox (id, kind, subject_id, idempotency_key, priority, next_attempt_at,
         created_at) VALUES (1, 'survey-answers', 'S-1', 'key-1', 2, '${at}', '${at}')`,
    );
    const rowsBefore = db.prepare('SELECT * FROM outbox').all();
    migrate(db, loadMigrations(), after);
    expect(db.prepare('SELECT * FROM outbox').all()).toEqual(rowsBefore);

    const service = {
      code: 'civil-affairs',
      name: { 'zh-CN': '民政救助' },
      prefix: 'B',
      window: '2',
      priorityAllowed: true,
      minutesPerResident: 8,
    };
    const state = { waiting: 4, waitingPriority: 1, day: '2026-12-01', at };
    saveWindowServices(db, [{ ...service, state }]);
    expect(readWindowServices(db)).toEqual([{ service, state }]);

    insertQueueNumber(db, number());
    expect(nextKioskSequence(db, 'civil-affairs', '2026-12-01', false)).toBe(2);
    expect(nextKioskSequence(db, 'civil-affairs', '2026-12-01', true)).toBe(1);
    expect(() =>
      insertQueueNumber(db, number({ clientKey: '1b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a' })),
    ).toThrow(/UNIQUE/);
    expect(() =>
      insertQueueNumber(
        db,
        number({
          clientKey: '2b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a',
          number: 'B02-A03',
          sequence: null,
        }),
      ),
    ).toThrow(/CHECK/);
    db.close();
  });
});
