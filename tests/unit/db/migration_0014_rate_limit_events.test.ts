import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import {
  countRateLimitEvents,
  pruneRateLimitEvents,
  recordRateLimitEvent,
} from '../../../db/repositories/rateLimitEvents.js';

const before = 13;
const after = 14;

describe('migration 0014: the lobby limits’ events', () => {
  it('adds its table to a database with requests and keeps them', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), before);
    db.prepare(
      `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
         category, need_id, urgency, emergency, language)
       VALUES ('A03', '2026-11-28', 1, 'A03-1128-0001', 'A03-20261128-0001',
         '2026-11-28T01:30:00.000Z', 'basic-living', 'pipe-leak', 'normal', 0, 'zh-CN')`,
    ).run();
    migrate(db, loadMigrations(), after);
    expect(db.prepare('SELECT ticket FROM requests').all()).toEqual([{ ticket: 'A03-1128-0001' }]);
    recordRateLimitEvent(db, 'submissions', 1_000);
    recordRateLimitEvent(db, 'submissions', 2_000);
    recordRateLimitEvent(db, 'ticket-lookups', 2_000);
    expect(countRateLimitEvents(db, 'submissions', 0, 2_000)).toBe(2);
    expect(countRateLimitEvents(db, 'submissions', 1_000, 2_000)).toBe(1);
    expect(countRateLimitEvents(db, 'submissions', 0, 1_999)).toBe(1);
    expect(pruneRateLimitEvents(db, 'submissions', 1_500, 5_000)).toBe(1);
    expect(countRateLimitEvents(db, 'ticket-lookups', 0, 2_000)).toBe(1);
  });

  it('refuses an event without a name or before the epoch', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), after);
    expect(() => recordRateLimitEvent(db, '', 1)).toThrow(/CHECK/);
    expect(() => recordRateLimitEvent(db, 'submissions', -1)).toThrow(/CHECK/);
  });
});
