// Migration 0016 rebuilds outbox so any journey can queue: no CHECK on kind, request_id may be
// NULL for a kind about no request, and subject_id names the kind's own row. Every entry, its id
// and what refers to it (dead letters, resends) must survive, with the indexes and foreign keys.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { enqueue, getEntry } from '../../../db/repositories/outbox.js';

const before = 15;
const after = 16;
const at = '2026-11-28T01:30:00.000Z';

function oldDatabase(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations(), before);
  // Rows as a version-15 kiosk wrote them, by hand.
  const request = db.prepare(
    `INSERT INTO requests (id, kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
       category, urgency, emergency, language)
     VALUES (?, 'A03', '2026-11-28', ?, ?, ?, '${at}', 'basic-living', 'normal', 0, 'zh-CN')`,
  );
  request.run(7, 42, 'A03-1128-0042', 'A03-20261128-0042');
  request.run(9, 43, 'A03-1128-0043', 'A03-20261128-0043');
  db.exec(
    `INSERT INTO outbox (id, kind, request_id, idempotency_key, priority, state, attempts,
       next_attempt_at, created_at, sent_at, upstream_id, outcome)
       VALUES (1, 'request', 7, 'key-1', 2, 'sent', 1, '${at}', '${at}', '${at}', 'SR-7',
         'answered');
     INSERT INTO outbox (id, kind, request_id, idempotency_key, priority, next_attempt_at,
       created_at) VALUES (2, 'rating', 7, 'key-2', 2, '${at}', '${at}');
     INSERT INTO outbox (id, kind, request_id, idempotency_key, priority, state, attempts,
       next_attempt_at, created_at, last_error, dead_at, in_flight_since, last_sent_at, sends,
       sent_service_code)
       VALUES (3, 'request', 9, 'key-3b', 0, 'dead', 2, '${at}', '${at}', 'http-400 no', '${at}',
         '${at}', '${at}', 2, 'WTR-LEAK');
     INSERT INTO outbox (id, kind, request_id, idempotency_key, priority, state, next_attempt_at,
       created_at, held_reason) VALUES (4, 'request', 9, 'key-4', 1, 'held', '${at}', '${at}',
         'no service');
     INSERT INTO outbox_dead_letters (outbox_id, reason, http_status, errors_json, dead_at)
       VALUES (3, 'http-400 no', 400, '[]', '${at}');
     INSERT INTO outbox_resends (outbox_id, previous_idempotency_key, idempotency_key,
       dead_reason, dead_errors_json, dead_at, resent_at)
       VALUES (3, 'key-3a', 'key-3b', 'http-400 first', '[]', '${at}', '${at}');`,
  );
  return db;
}

const indexesOfOutbox = (db: BetterSqlite3.Database): string[] =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbox' AND sql IS NOT NULL ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((row) => row.name);

describe('migration 0016: the outbox carries any kind', () => {
  it('keeps every entry, its id, what refers to it, the indexes and the foreign keys', () => {
    const db = oldDatabase();
    const rowsBefore = db.prepare('SELECT * FROM outbox ORDER BY id').all() as object[];
    const indexesBefore = indexesOfOutbox(db);
    migrate(db, loadMigrations(), after);
    expect(db.prepare('SELECT * FROM outbox ORDER BY id').all()).toEqual(
      rowsBefore.map((row) => ({ ...row, subject_id: null })),
    );
    expect(indexesOfOutbox(db)).toEqual([...indexesBefore, 'outbox_by_subject'].sort());
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const joined = db
      .prepare(
        `SELECT o.id, r.ticket, d.reason, s.previous_idempotency_key AS previous
         FROM outbox o JOIN requests r ON r.id = o.request_id
         LEFT JOIN outbox_dead_letters d ON d.outbox_id = o.id
         LEFT JOIN outbox_resends s ON s.outbox_id = o.id ORDER BY o.id`,
      )
      .all();
    expect(joined).toEqual([
      { id: 1, ticket: 'A03-1128-0042', reason: null, previous: null },
      { id: 2, ticket: 'A03-1128-0042', reason: null, previous: null },
      { id: 3, ticket: 'A03-1128-0043', reason: 'http-400 no', previous: 'key-3a' },
      { id: 4, ticket: 'A03-1128-0043', reason: null, previous: null },
    ]);
    // New entries follow the old ones.
    const next = enqueue(db, {
      kind: 'request',
      requestId: 9,
      idempotencyKey: 'key-5',
      priority: 2,
      now: at,
    });
    expect(next).toMatchObject({ id: 5, kind: 'request', requestId: 9, subjectId: null });
  });

  it('takes a kind about no request, by its subject, and still refuses what makes no sense', () => {
    const db = oldDatabase();
    migrate(db, loadMigrations(), after);
    const booking = enqueue(db, {
      kind: 'booking',
      subjectId: 'BK-0001',
      idempotencyKey: 'key-booking',
      priority: 2,
      now: at,
    });
    expect(getEntry(db, booking.id)).toMatchObject({
      kind: 'booking',
      requestId: null,
      subjectId: 'BK-0001',
      state: 'waiting',
    });
    const insert = (
      kind: string,
      requestId: number | null,
      subjectId: string | null,
      key: string,
    ) =>
      db
        .prepare(
          `INSERT INTO outbox (kind, request_id, subject_id, idempotency_key, priority,
             next_attempt_at, created_at) VALUES (?, ?, ?, ?, 2, '${at}', '${at}')`,
        )
        .run(kind, requestId, subjectId, key);
    expect(() => insert('vote', null, 'BALLOT-1', 'key-vote')).not.toThrow();
    // An entry must announce something; a kind must be named; references must hold.
    expect(() => insert('survey', null, null, 'key-a')).toThrow(/CHECK/);
    expect(() => insert('', 7, null, 'key-b')).toThrow(/CHECK/);
    expect(() => insert('request', 12345, null, 'key-c')).toThrow(/FOREIGN KEY/);
    expect(() => insert('request', 7, null, 'key-1')).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO outbox (kind, request_id, idempotency_key, priority, state,
             next_attempt_at, created_at) VALUES ('request', 7, 'key-d', 2, 'lost', '${at}', '${at}')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
