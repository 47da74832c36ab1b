// Migration 0008 (outbox_resends) and the resend it makes possible: a dead letter goes back to
// the queue with the same ticket under a new key, both keys and the refusal kept.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { enqueue, getEntry, markInFlight } from '../../../db/repositories/outbox.js';
import {
  deadLetters,
  recordDeadLetter,
  resendDeadLetter,
  resendsOf,
} from '../../../db/repositories/outboxDeadLetters.js';
import { getRequest } from '../../../db/repositories/requests.js';

const numbering = (seq: number) => ({
  ticket: `A03-1128-${String(seq).padStart(4, '0')}`,
  lookupCode: `A03-20261128-${String(seq).padStart(4, '0')}`,
});

const refusal = {
  reason: 'attribute[diet] is required.',
  httpStatus: 400,
  errors: [
    { code: '400', description: 'Error in input for POST_Service_Request' },
    { code: '400', description: 'attribute[diet] is required.' },
  ],
  requestSealed: Buffer.from('sealed bytes'),
  mapping: { serviceCode: 'MEALS', source: 'file', needId: 'pipe-leak' },
};

/** A request saved under `serviceCode`, sent once and refused: a dead letter. */
function deadRequest(db: BetterSqlite3.Database, serviceCode: string | null) {
  // By hand, with the columns a version-7 kiosk has: today's repository writes later ones too.
  const seq = (db.prepare('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n + 1;
  const { ticket, lookupCode } = numbering(seq);
  const inserted = db
    .prepare(
      `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
         category, need_id, urgency, emergency, language, service_code, mapping_source)
       VALUES ('A03', '2026-11-28', ?, ?, ?, '2026-11-28T01:30:00.000Z', 'basic-living',
         'pipe-leak', 'normal', 0, 'zh-CN', ?, ?)`,
    )
    .run(seq, ticket, lookupCode, serviceCode, serviceCode ? 'file' : null);
  const request = { id: Number(inserted.lastInsertRowid), ticket };
  const entry = enqueue(db, {
    kind: 'request',
    requestId: request.id,
    idempotencyKey: `key-${request.id}`,
    priority: 2,
    now: '2026-11-28T01:30:00.000Z',
  });
  markInFlight(db, entry.id, { at: '2026-11-28T01:30:01.000Z', serviceCode: 'MEALS' });
  recordDeadLetter(db, { outboxId: entry.id, ...refusal, now: '2026-11-28T01:30:02.000Z' });
  return { request, entry };
}

describe('migration 0008: resending dead letters under a new key', () => {
  it('adds outbox_resends to a version-7 database whose dead letters can then be resent', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 7);
    const { request, entry } = deadRequest(db, null);
    migrate(db, loadMigrations(), 8);
    expect(deadLetters(db).map((d) => d.outboxId)).toEqual([entry.id]);

    const result = resendDeadLetter(db, {
      outboxId: entry.id,
      idempotencyKey: 'key-new',
      refile: false,
      now: '2026-11-28T02:00:00.000Z',
    });
    expect(result).toEqual({
      ok: true,
      ticket: request.ticket,
      previousIdempotencyKey: `key-${request.id}`,
      idempotencyKey: 'key-new',
    });
    expect(getEntry(db, entry.id)).toMatchObject({
      state: 'waiting',
      idempotencyKey: 'key-new',
      attempts: 0,
      nextAttemptAt: '2026-11-28T02:00:00.000Z',
      lastError: null,
      // Still in flight: the worker looks it up before it posts again.
      inFlightSince: '2026-11-28T01:30:01.000Z',
    });
    expect(deadLetters(db)).toEqual([]);
    expect(resendsOf(db, entry.id)).toEqual([
      {
        outboxId: entry.id,
        previousIdempotencyKey: `key-${request.id}`,
        idempotencyKey: 'key-new',
        previousServiceCode: 'MEALS',
        serviceCode: null,
        deadReason: refusal.reason,
        deadHttpStatus: 400,
        deadErrors: refusal.errors,
        deadMapping: refusal.mapping,
        deadAt: '2026-11-28T01:30:02.000Z',
        resentAt: '2026-11-28T02:00:00.000Z',
      },
    ]);
  });

  it('refiles under the mapping in force only when asked, and resends only dead entries', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const kept = deadRequest(db, 'MEALS');
    const refiled = deadRequest(db, 'MEALS');
    const resend = (outboxId: number, idempotencyKey: string, refile: boolean) =>
      resendDeadLetter(db, { outboxId, idempotencyKey, refile, now: '2026-11-28T02:00:00.000Z' });
    expect(resend(kept.entry.id, 'kept-new', false).ok).toBe(true);
    expect(resend(refiled.entry.id, 'refiled-new', true).ok).toBe(true);
    expect(getRequest(db, kept.request.id)).toMatchObject({
      serviceCode: 'MEALS',
      mappingSource: 'file',
    });
    expect(getRequest(db, refiled.request.id)).toMatchObject({
      serviceCode: null,
      mappingSource: null,
    });
    expect(resendsOf(db, kept.entry.id)[0]?.serviceCode).toBe('MEALS');
    expect(resendsOf(db, refiled.entry.id)[0]?.serviceCode).toBeNull();

    expect(resend(kept.entry.id, 'again', false)).toEqual({ ok: false, reason: 'not-dead' });
    expect(resend(9999, 'nowhere', false)).toEqual({ ok: false, reason: 'not-found' });
    // A key is never reused, old or new.
    recordDeadLetter(db, { outboxId: kept.entry.id, ...refusal, now: '2026-11-28T03:00:00.000Z' });
    expect(resend(kept.entry.id, `key-${kept.request.id}`, false)).toEqual({
      ok: false,
      reason: 'key-used',
    });
    expect(resend(kept.entry.id, `refiled-new`, false)).toEqual({ ok: false, reason: 'key-used' });
    expect(getEntry(db, kept.entry.id)?.state).toBe('dead');
  });
});
