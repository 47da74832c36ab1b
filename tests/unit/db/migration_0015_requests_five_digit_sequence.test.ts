// Migration 0015 rebuilds requests so daily_seq may reach 99999: every row, id and reference
// from the tables that hang off requests must survive, and so must the indexes and foreign keys.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';

const before = 14;
const after = 15;

function oldDatabase(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations(), before);
  const insert = db.prepare(
    `INSERT INTO requests (id, kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
       category, need_id, urgency, emergency, language, grid_id, masked_name, masked_phone,
       id_hash, personal_sealed, upstream_id, upstream_token, purged_at, service_code,
       mapping_source, lookup_secret)
     VALUES (?, 'A03', '2026-11-28', ?, ?, ?, '2026-11-28T01:30:00.000Z', 'basic-living',
       'pipe-leak', 'normal', ?, 'zh-CN', 'g1', '张*明', '138****5678', ?, X'0102', ?, NULL,
       NULL, 'WTR-LEAK', 'guess', ?)`,
  );
  insert.run(7, 42, 'A03-1128-0042', 'A03-20261128-0042', 0, 'a'.repeat(64), 'up-1', 'ABCDEFGHJK');
  insert.run(9, 9_999, 'A03-1128-9999', 'A03-20261128-9999-7KQ2A1', 1, null, null, null);
  // The columns added after 0010 (assisted entry, routing) must come through the rebuild too.
  db.exec("UPDATE requests SET assisted_by = 'wang.li', needs_routing = 1 WHERE id = 7");
  db.exec(
    `INSERT INTO request_status (request_id, stage, accepted_at, updated_at)
       VALUES (7, 'accepted', '2026-11-28T01:30:00.000Z', '2026-11-28T01:30:00.000Z');
     INSERT INTO ratings (request_id, stars, tags_json, created_at)
       VALUES (7, 5, '[]', '2026-11-28T02:00:00.000Z');
     INSERT INTO outbox (kind, request_id, idempotency_key, priority, next_attempt_at, created_at)
       VALUES ('request', 9, 'key-9', 0, '2026-11-28T01:30:00.000Z', '2026-11-28T01:30:00.000Z');
     INSERT INTO print_jobs (id, request_id, purpose, document_json, state, created_at, updated_at)
       VALUES ('job-1', 7, 'request', '{}', 'failed', '2026-11-28T01:30:00.000Z',
         '2026-11-28T01:30:00.000Z');`,
  );
  return db;
}

const indexesOfRequests = (db: BetterSqlite3.Database): string[] =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'requests' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((row) => row.name);

describe('migration 0015: five-digit daily sequences', () => {
  it('keeps every request, its id and what refers to it, and the indexes', () => {
    const db = oldDatabase();
    const rowsBefore = db.prepare('SELECT * FROM requests ORDER BY id').all();
    const indexesBefore = indexesOfRequests(db);
    migrate(db, loadMigrations(), after);
    expect(db.prepare('SELECT * FROM requests ORDER BY id').all()).toEqual(rowsBefore);
    expect(
      db.prepare('SELECT assisted_by, needs_routing FROM requests WHERE id = 7').get(),
    ).toEqual({ assisted_by: 'wang.li', needs_routing: 1 });
    expect(indexesOfRequests(db)).toEqual(indexesBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const joined = db
      .prepare(
        `SELECT r.ticket, s.stage, g.stars, o.idempotency_key, p.id AS job
         FROM requests r
         LEFT JOIN request_status s ON s.request_id = r.id
         LEFT JOIN ratings g ON g.request_id = r.id
         LEFT JOIN outbox o ON o.request_id = r.id
         LEFT JOIN print_jobs p ON p.request_id = r.id
         ORDER BY r.id`,
      )
      .all();
    expect(joined).toEqual([
      { ticket: 'A03-1128-0042', stage: 'accepted', stars: 5, idempotency_key: null, job: 'job-1' },
      { ticket: 'A03-1128-9999', stage: null, stars: null, idempotency_key: 'key-9', job: null },
    ]);
  });

  it('takes 10000 to 99999, refuses 0 and 100000, keeps the other checks and foreign keys', () => {
    const db = oldDatabase();
    migrate(db, loadMigrations(), after);
    const insert = (
      seq: number,
      overrides = { urgency: 'normal', lookupSecret: null as string | null },
    ) =>
      db
        .prepare(
          `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code,
             created_at, category, urgency, emergency, language, lookup_secret)
           VALUES ('A03', '2026-11-28', ?, ?, ?, '2026-11-28T03:00:00.000Z', 'basic-living', ?,
             0, 'zh-CN', ?)`,
        )
        .run(
          seq,
          `A03-1128-${seq}`,
          `A03-20261128-${seq}`,
          overrides.urgency,
          overrides.lookupSecret,
        );
    expect(() => insert(10_000)).not.toThrow();
    expect(() => insert(99_999)).not.toThrow();
    expect(() => insert(0)).toThrow(/CHECK/);
    expect(() => insert(100_000)).toThrow(/CHECK/);
    expect(() => insert(10_001, { urgency: 'whenever', lookupSecret: null })).toThrow(/CHECK/);
    expect(() => insert(10_002, { urgency: 'normal', lookupSecret: 'short' })).toThrow(/CHECK/);
    // The same number twice on one day is still refused.
    expect(() => insert(10_000)).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO request_status (request_id, stage, accepted_at, updated_at)
           VALUES (12345, 'accepted', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
