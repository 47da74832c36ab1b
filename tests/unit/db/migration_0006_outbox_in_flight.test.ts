import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import {
  dueEntries,
  enqueue,
  getEntry,
  hold,
  markInFlight,
  markSent,
  queueSummary,
  releaseHeld,
  scheduleRetry,
} from '../../../db/repositories/outbox.js';
import { deadLetters, recordDeadLetter } from '../../../db/repositories/outboxDeadLetters.js';
import { insertRequest } from '../../../db/repositories/requests.js';
import { newRequestRow } from '../../support/newRequestRow.js';

const at = '2026-11-28T01:30:00.000Z';
const numbering = (seq: number) => ({
  ticket: `A03-1128-${String(seq).padStart(4, '0')}`,
  lookupCode: `A03-20261128-${String(seq).padStart(4, '0')}`,
});

function versionFiveWithEntries() {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations(), 5);
  // Rows as a version-5 kiosk wrote them: today's repository writes columns added later.
  const insert = db.prepare(
    `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
       category, need_id, urgency, emergency, language)
     VALUES ('A03', '2026-11-28', ?, ?, ?, ?, 'basic-living', 'pipe-leak', 'normal', 0, 'zh-CN')`,
  );
  const ids = [1, 2, 3, 4].map((seq) => {
    const { ticket, lookupCode } = numbering(seq);
    return Number(insert.run(seq, ticket, lookupCode, at).lastInsertRowid);
  });
  ids.forEach((requestId, index) =>
    enqueue(db, { kind: 'request', requestId, idempotencyKey: `k${index}`, priority: 2, now: at }),
  );
  // One sent, one dead, one waiting after a failure, one never tried.
  db.prepare(
    "UPDATE outbox SET state = 'sent', sent_at = ?, upstream_id = 'SR-1' WHERE id = 1",
  ).run(at);
  db.prepare(
    "UPDATE outbox SET state = 'dead', last_error = 'http-400 bad', dead_at = ? WHERE id = 2",
  ).run(at);
  db.prepare("UPDATE outbox SET attempts = 3, last_error = 'timeout' WHERE id = 3").run();
  return db;
}

describe('migration 0006: the outbox knows what is in flight, held and dead', () => {
  it('keeps every entry, treats waiting ones as possibly on the platform, and keeps old dead letters', () => {
    const db = versionFiveWithEntries();
    const before = db.prepare('SELECT id, state, attempts, idempotency_key FROM outbox').all();
    migrate(db, loadMigrations(), 6);
    expect(db.prepare('SELECT id, state, attempts, idempotency_key FROM outbox').all()).toEqual(
      before,
    );
    expect(getEntry(db, 1)).toMatchObject({ state: 'sent', inFlightSince: null });
    expect(db.prepare('SELECT outcome FROM outbox WHERE id = 1').get()).toEqual({
      outcome: 'answered',
    });
    // The old worker recorded nothing before a batch was answered: look these up before sending.
    expect(getEntry(db, 3)).toMatchObject({ state: 'waiting', inFlightSince: at, attempts: 3 });
    expect(getEntry(db, 4)).toMatchObject({ state: 'waiting', inFlightSince: at, sends: 0 });
    expect(deadLetters(db)).toMatchObject([
      {
        outboxId: 2,
        reason: 'http-400 bad',
        httpStatus: null,
        errors: [],
        ticket: 'A03-1128-0002',
      },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbox' AND sql IS NOT NULL",
      )
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining([{ name: 'outbox_queue' }, { name: 'outbox_dead' }]),
    );
  });

  it('records in-flight marks, holds, releases and dead-letter details, and refuses unknown states', () => {
    const db = new BetterSqlite3(':memory:');
    // The outbox repository on the full schema: the requests repository writes later columns too.
    migrate(db, loadMigrations());
    const requestId = insertRequest(db, newRequestRow(), numbering).id;
    const entry = enqueue(db, {
      kind: 'request',
      requestId,
      idempotencyKey: 'k',
      priority: 1,
      now: at,
    });
    markInFlight(db, entry.id, { at, serviceCode: 'WATER' });
    markInFlight(db, entry.id, { at: '2026-11-28T01:31:00.000Z', serviceCode: 'WATER' });
    scheduleRetry(db, entry.id, '2026-11-28T01:40:00.000Z', 'timeout');
    expect(getEntry(db, entry.id)).toMatchObject({
      inFlightSince: at,
      lastSentAt: '2026-11-28T01:31:00.000Z',
      sends: 2,
      sentServiceCode: 'WATER',
    });
    expect(queueSummary(db).oldestFailing).toEqual({
      firstSentAt: at,
      reason: 'timeout',
      nextAttemptAt: '2026-11-28T01:40:00.000Z',
    });
    hold(db, entry.id, 'the platform no longer offers service WATER', '2026-11-28T02:30:00.000Z');
    expect(dueEntries(db, '2026-11-29T00:00:00.000Z', 10)).toEqual([]);
    expect(queueSummary(db)).toMatchObject({
      waiting: 0,
      held: 1,
      heldReason: expect.stringMatching(/WATER/),
    });
    expect(releaseHeld(db, '2026-11-28T02:00:00.000Z', 'due')).toBe(0);
    expect(releaseHeld(db, '2026-11-28T02:30:00.000Z', 'due')).toBe(1);
    hold(db, entry.id, 'withdrawn', '2026-11-28T03:30:00.000Z');
    expect(releaseHeld(db, '2026-11-28T02:45:00.000Z', 'all')).toBe(1);
    expect(getEntry(db, entry.id)).toMatchObject({
      state: 'waiting',
      nextAttemptAt: '2026-11-28T02:45:00.000Z',
    });
    recordDeadLetter(db, {
      outboxId: entry.id,
      reason: 'duplicate',
      httpStatus: 400,
      errors: [
        { code: '400', description: 'Error in input' },
        { code: 'duplicate', description: 'a duplicate' },
      ],
      requestSealed: Buffer.from([1, 2, 3]),
      mapping: { serviceCode: 'WATER', source: 'need' },
      now: at,
    });
    expect(deadLetters(db)).toEqual([
      expect.objectContaining({
        outboxId: entry.id,
        httpStatus: 400,
        errors: [
          { code: '400', description: 'Error in input' },
          { code: 'duplicate', description: 'a duplicate' },
        ],
        requestSealed: Buffer.from([1, 2, 3]),
        mapping: { serviceCode: 'WATER', source: 'need' },
      }),
    ]);
    markSent(db, entry.id, { upstreamId: 'SR-9', outcome: 'found', now: at });
    expect(deadLetters(db)).toEqual([]);
    expect(() => db.prepare("UPDATE outbox SET state = 'lost' WHERE id = ?").run(entry.id)).toThrow(
      /CHECK/,
    );
  });
});
