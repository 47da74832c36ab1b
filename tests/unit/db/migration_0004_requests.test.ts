import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { saveSnapshot, latestSnapshot } from '../../../db/repositories/communitySnapshots.js';
import { enqueue, waitingEntries } from '../../../db/repositories/outbox.js';
import {
  type NewRequest,
  insertRequest,
  findRequestByTicket,
} from '../../../db/repositories/requests.js';
import { readStatus, recordAccepted, recordStage } from '../../../db/repositories/requestStatus.js';
import { newRequestRow } from '../../support/newRequestRow.js';

const base: NewRequest = newRequestRow();
const numbering = (seq: number) => ({
  ticket: `A03-1128-${String(seq).padStart(4, '0')}`,
  lookupCode: `A03-20261128-${String(seq).padStart(4, '0')}`,
});

describe('migration 0004: requests, status, ratings, outbox, print jobs', () => {
  it('adds its tables to a version-3 database and keeps the community snapshot', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 3);
    saveSnapshot(db, 'demo-seed', { kept: true }, new Date('2026-11-01T00:00:00Z'));
    migrate(db, loadMigrations(), 4);
    expect(latestSnapshot(db)?.data).toEqual({ kept: true });
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'requests',
        'daily_sequences',
        'request_status',
        'ratings',
        'outbox',
        'print_jobs',
      ]),
    );
  });

  it('numbers a day’s requests 1, 2, 3 and never reuses a number', () => {
    const db = new BetterSqlite3(':memory:');
    // The repositories write today's columns, so these run on the full schema.
    migrate(db);
    const tickets = db.transaction(() =>
      [1, 2, 3].map(() => insertRequest(db, base, numbering).ticket),
    )();
    expect(tickets).toEqual(['A03-1128-0001', 'A03-1128-0002', 'A03-1128-0003']);
    const nextDay = insertRequest(db, { ...base, serviceDate: '2026-11-29' }, (seq) => ({
      ticket: `A03-1129-${seq}`,
      lookupCode: `A03-20261129-${seq}`,
    }));
    expect(nextDay.dailySeq).toBe(1);
    expect(() =>
      db
        .prepare(
          "INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at, category, urgency, emergency, language) VALUES ('A03', '2026-11-28', 1, 'x', 'y', 'z', 'c', 'normal', 0, 'en')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });

  it('orders the outbox emergencies first and keeps idempotency keys unique', () => {
    const db = new BetterSqlite3(':memory:');
    // The repositories write today's columns, so these run on the full schema.
    migrate(db);
    const [normal, emergency] = [
      insertRequest(db, base, numbering),
      insertRequest(db, { ...base, emergency: true }, numbering),
    ];
    enqueue(db, {
      kind: 'request',
      requestId: normal.id,
      idempotencyKey: 'k1',
      priority: 2,
      now: base.createdAt,
    });
    enqueue(db, {
      kind: 'request',
      requestId: emergency.id,
      idempotencyKey: 'k2',
      priority: 0,
      now: base.createdAt,
    });
    expect(waitingEntries(db).map((entry) => entry.requestId)).toEqual([emergency.id, normal.id]);
    expect(() =>
      enqueue(db, {
        kind: 'request',
        requestId: normal.id,
        idempotencyKey: 'k1',
        priority: 2,
        now: base.createdAt,
      }),
    ).toThrow(/UNIQUE/);
  });

  it('moves a cached status forwards only', () => {
    const db = new BetterSqlite3(':memory:');
    // The repositories write today's columns, so these run on the full schema.
    migrate(db);
    const request = insertRequest(db, base, numbering);
    recordAccepted(db, request.id, base.createdAt);
    recordStage(db, request.id, {
      stage: 'done',
      at: '2026-11-29T02:00:00Z',
      handlerNote: '已修好',
      updatedAt: '2026-11-29T02:00:00Z',
    });
    recordStage(db, request.id, {
      stage: 'in-progress',
      at: '2026-11-29T03:00:00Z',
      handlerNote: null,
      updatedAt: '2026-11-29T03:00:00Z',
    });
    expect(readStatus(db, request.id)).toMatchObject({
      stage: 'done',
      doneAt: '2026-11-29T02:00:00Z',
      handlerNote: '已修好',
    });
    expect(findRequestByTicket(db, 'A03-1128-0001')?.id).toBe(request.id);
  });
});
