// Migration 0017: a request keeps the danger kinds its words signalled (why it went urgent).
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { getRequest, recordDangerKinds } from '../../../db/repositories/requests.js';

const before = 16;
const after = 17;

const insertOldRow = (db: BetterSqlite3.Database, seq: number) =>
  db
    .prepare(
      `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
         category, need_id, urgency, emergency, language)
       VALUES ('A03', '2026-11-28', ?, ?, ?, '2026-11-28T01:30:00.000Z', 'basic-living', NULL,
         'normal', 0, 'zh-CN')`,
    )
    .run(seq, `A03-1128-000${seq}`, `A03-20261128-000${seq}`);

describe('migration 0017: the danger kinds of a request', () => {
  it('keeps older requests, with no danger recorded', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), before);
    insertOldRow(db, 1);
    migrate(db, loadMigrations(), after);
    expect(getRequest(db, 1)).toMatchObject({ ticket: 'A03-1128-0001', dangerKinds: null });
  });

  it('stores the kinds, and refuses anything but kinds joined with +', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), after);
    insertOldRow(db, 1);
    recordDangerKinds(db, 1, ['medical', 'gas']);
    expect(getRequest(db, 1)?.dangerKinds).toBe('medical+gas');
    expect(() => db.prepare("UPDATE requests SET danger_kinds = 'gas; drop'").run()).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare("UPDATE requests SET danger_kinds = ''").run()).toThrow(/CHECK/);
  });
});
