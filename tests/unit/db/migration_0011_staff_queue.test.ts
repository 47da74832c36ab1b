// Migration 0011 (staff queue and reprints) on a database one version older, filled by hand the
// way that version wrote it: its rows stay, resends and print jobs gain their new columns empty,
// and a cancellation takes only the reasons the resident's screen can word.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';

const before = 10;
const after = 11;

function olderDatabase() {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations(), before);
  db.prepare(
    `INSERT INTO requests (id, kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
       category, need_id, urgency, emergency, language)
     VALUES (1, 'A03', '2026-11-28', 42, 'A03-1128-0042', 'A03-20261128-0042',
       '2026-11-28T01:30:00.000Z', 'basic-living', 'pipe-leak', 'normal', 0, 'zh-CN')`,
  ).run();
  db.prepare(
    `INSERT INTO outbox (id, kind, request_id, idempotency_key, priority, state, next_attempt_at,
       created_at) VALUES (1, 'request', 1, 'key-2', 2, 'waiting', '2026-11-28T01:30:00.000Z',
       '2026-11-28T01:30:00.000Z')`,
  ).run();
  db.prepare(
    `INSERT INTO outbox_resends (outbox_id, previous_idempotency_key, idempotency_key,
       dead_reason, dead_errors_json, dead_at, resent_at)
     VALUES (1, 'key-1', 'key-2', 'refused', '[]', '2026-11-28T01:31:00Z', '2026-11-28T01:40:00Z')`,
  ).run();
  db.prepare(
    `INSERT INTO print_jobs (id, request_id, purpose, document_json, state, created_at, updated_at)
     VALUES ('job-1', 1, 'request', '{"blocks":[]}', 'failed', '2026-11-28T01:30:00Z',
       '2026-11-28T01:30:01Z')`,
  ).run();
  return db;
}

describe(`migration ${after}: cancellations, staff resends and reprints`, () => {
  it('keeps the older rows and adds the new columns empty', () => {
    const db = olderDatabase();
    migrate(db, loadMigrations(), after);
    expect(db.pragma('user_version', { simple: true })).toBe(after);
    expect(
      db
        .prepare('SELECT idempotency_key, staff_id, corrected_fields_json FROM outbox_resends')
        .get(),
    ).toEqual({ idempotency_key: 'key-2', staff_id: null, corrected_fields_json: null });
    expect(db.prepare('SELECT id, state, reprint_of, reprinted_by FROM print_jobs').get()).toEqual({
      id: 'job-1',
      state: 'failed',
      reprint_of: null,
      reprinted_by: null,
    });
  });

  it('links a reprint to a job that exists, and refuses one that does not', () => {
    const db = olderDatabase();
    migrate(db, loadMigrations(), after);
    db.prepare(
      `INSERT INTO print_jobs (id, request_id, purpose, document_json, state, created_at,
         updated_at, reprint_of, reprinted_by)
       VALUES ('job-2', 1, 'request', '{"blocks":[]}', 'printing', '2026-11-28T02:00:00Z',
         '2026-11-28T02:00:00Z', 'job-1', 'wang.li')`,
    ).run();
    expect(() =>
      db.prepare("UPDATE print_jobs SET reprint_of = 'no-such-job' WHERE id = 'job-2'").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('takes a cancellation with a known reason and a short note only', () => {
    const db = olderDatabase();
    migrate(db, loadMigrations(), after);
    const cancel = db.prepare(
      `INSERT INTO request_cancellations (request_id, reason, note, staff_id, cancelled_at)
       VALUES (1, ?, ?, 'wang.li', '2026-11-28T03:00:00Z')`,
    );
    expect(() => cancel.run('changed-my-mind', null)).toThrow(/CHECK/);
    expect(() => cancel.run('other', 'x'.repeat(201))).toThrow(/CHECK/);
    cancel.run('resident-withdrew', '居民来电撤回');
    expect(db.prepare('SELECT reason, note FROM request_cancellations').get()).toEqual({
      reason: 'resident-withdrew',
      note: '居民来电撤回',
    });
  });
});
