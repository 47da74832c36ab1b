import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import {
  getRequest,
  insertRequest,
  isFirstDayOfDatabase,
  lastOrdinarySeq,
  lastSeq,
  nextDailySeq,
} from '../../../db/repositories/requests.js';
import { readStatus, recordAccepted, recordStage } from '../../../db/repositories/requestStatus.js';
import { newRequestRow } from '../../support/newRequestRow.js';

const numbering = (seq: number) => ({
  ticket: `A03-1128-${String(seq).padStart(4, '0')}`,
  lookupCode: `A03-20261128-${String(seq).padStart(4, '0')}-7KQ2A1`,
});

describe('migration 0009: a secret for each QR code, and handler notes capped', () => {
  it('keeps version-7 requests (without a secret) and cuts their over-long notes', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 8);
    db.prepare(
      `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
         category, need_id, urgency, emergency, language)
       VALUES ('A03', '2026-11-28', 1, 'A03-1128-0001', 'A03-20261128-0001',
         '2026-11-28T01:30:00.000Z', 'basic-living', 'pipe-leak', 'normal', 0, 'zh-CN')`,
    ).run();
    db.prepare(
      `INSERT INTO request_status (request_id, stage, accepted_at, handler_note, updated_at)
       VALUES (1, 'done', '2026-11-28T01:30:00.000Z', ?, '2026-11-28T02:00:00.000Z')`,
    ).run('修'.repeat(210_000));
    migrate(db, loadMigrations(), 9);
    expect(getRequest(db, 1)).toMatchObject({ ticket: 'A03-1128-0001', lookupSecret: null });
    const raw = db.prepare('SELECT handler_note FROM request_status').get() as {
      handler_note: string;
    };
    expect([...raw.handler_note].length).toBe(2000);
    expect(raw.handler_note.endsWith('…')).toBe(true);
  });

  it('stores a secret of ten characters and refuses one of another length', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const saved = insertRequest(db, newRequestRow(), numbering, { lookupSecret: '0123Z08Z89' });
    expect(getRequest(db, saved.id)?.lookupSecret).toBe('0123Z08Z89');
    expect(() => insertRequest(db, newRequestRow(), numbering, { lookupSecret: 'short' })).toThrow(
      /CHECK/,
    );
  });
});

describe('daily numbers', () => {
  it('start where told on a new day, leave the last 100 to emergencies, then stop', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    expect(isFirstDayOfDatabase(db, '2026-11-28')).toBe(true);
    expect(
      nextDailySeq(db, 'A03', '2026-11-28', { firstSeq: 4321, ceiling: lastOrdinarySeq }),
    ).toBe(4321);
    expect(isFirstDayOfDatabase(db, '2026-11-28')).toBe(false);
    expect(isFirstDayOfDatabase(db, '2026-11-29')).toBe(false);
    db.prepare('UPDATE daily_sequences SET last_seq = ?').run(lastOrdinarySeq);
    const ordinary = { firstSeq: 1, ceiling: lastOrdinarySeq };
    expect(() => nextDailySeq(db, 'A03', '2026-11-28', ordinary)).toThrow(String(lastOrdinarySeq));
    const emergency = { firstSeq: 1, ceiling: lastSeq };
    expect(nextDailySeq(db, 'A03', '2026-11-28', emergency)).toBe(lastOrdinarySeq + 1);
  });

  it('cap a handler’s note at 2,000 characters on the way in, at a character boundary', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const saved = insertRequest(db, newRequestRow(), numbering);
    recordAccepted(db, saved.id, '2026-11-28T01:30:00.000Z');
    const family = '👨‍👩‍👧';
    recordStage(db, saved.id, {
      stage: 'in-progress',
      at: '2026-11-28T02:00:00.000Z',
      handlerNote: `${'a'.repeat(1997)}${family.repeat(100)}`,
      updatedAt: '2026-11-28T02:00:00.000Z',
    });
    const note = readStatus(db, saved.id)?.handlerNote ?? '';
    expect(note).toBe(`${'a'.repeat(1997)}…`);
    const stored = db.prepare('SELECT handler_note FROM request_status').get() as {
      handler_note: string;
    };
    expect(stored.handler_note).toBe(note);
  });

  it('keep a handler’s note free of bidi overrides and zero-width characters', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const saved = insertRequest(db, newRequestRow(), numbering);
    recordAccepted(db, saved.id, '2026-11-28T01:30:00.000Z');
    recordStage(db, saved.id, {
      stage: 'in-progress',
      at: '2026-11-28T02:00:00.000Z',
      handlerNote: '已派\u202e师傅\u200b上门\u0000',
      updatedAt: '2026-11-28T02:00:00.000Z',
    });
    expect(readStatus(db, saved.id)?.handlerNote).toBe('已派师傅上门');
    recordStage(db, saved.id, {
      stage: 'in-progress',
      at: '2026-11-28T02:00:00.000Z',
      handlerNote: '\u200b ',
      updatedAt: '2026-11-28T02:10:00.000Z',
    });
    expect(readStatus(db, saved.id)?.handlerNote).toBe('已派师傅上门');
  });
});
