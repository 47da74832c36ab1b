// Centre migration 0009 adds the queue's numbers beside what a version-8 centre holds: its
// requests and survey sheets stay, numbers can be stored, and a number is unique per service
// and day.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { centreMigrationsDir } from '../../../centre/server/store/centreDatabase.js';
import { loadMigrations, migrate, schemaVersion } from '../../../centre/server/store/migrate.js';
import { findQueueTicket, insertQueueTicket } from '../../../centre/server/store/queueTickets.js';

const before = 8;
const after = 9;
const migrations = loadMigrations(centreMigrationsDir());

const ticket = (clientKey: string, number: string) => ({
  clientKey,
  serviceCode: 'civil-affairs',
  serviceDay: '2026-12-01',
  number,
  priority: false,
  source: 'centre' as const,
  kioskId: null,
  sequence: 1,
  issuedAt: '2026-12-01T01:00:00.000Z',
  receivedAt: '2026-12-01T01:00:00.000Z',
  state: 'waiting' as const,
});

describe('centre migration 0009_queue_tickets', () => {
  it('keeps a version-8 centre’s survey sheets and adds queue numbers, unique per day', () => {
    const db = new BetterSqlite3(':memory:');
    try {
      migrate(db, migrations, before);
      db.prepare(
        `INSERT INTO survey_responses VALUES ('${'a'.repeat(36)}', 'needs-2026', '2026-11-30',
           '2026-11-30', '{}')`,
      ).run();
      const sheets = db.prepare('SELECT * FROM survey_responses').all();

      expect(migrate(db, migrations, after)).toBe(after);
      expect(schemaVersion(db)).toBe(after);
      expect(db.prepare('SELECT * FROM survey_responses').all()).toEqual(sheets);

      insertQueueTicket(db, ticket('1'.repeat(36), 'B001'));
      expect(findQueueTicket(db, '1'.repeat(36))?.number).toBe('B001');
      expect(() => insertQueueTicket(db, ticket('2'.repeat(36), 'B001'))).toThrow(/UNIQUE/);
      insertQueueTicket(db, { ...ticket('3'.repeat(36), 'B001'), serviceDay: '2026-12-02' });
      expect(() =>
        insertQueueTicket(db, { ...ticket('4'.repeat(36), 'B002'), state: 'gone' as 'waiting' }),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
