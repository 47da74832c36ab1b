import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import {
  readCatalogState,
  readPlatformServices,
  recordFailedRefresh,
  saveGoodRefresh,
} from '../../../db/repositories/platformCatalog.js';
import {
  getRequest,
  insertRequest,
  recordServiceChoice,
} from '../../../db/repositories/requests.js';
import { newRequestRow } from '../../support/newRequestRow.js';

const numbering = (seq: number) => ({
  ticket: `A03-1128-${String(seq).padStart(4, '0')}`,
  lookupCode: `A03-20261128-${String(seq).padStart(4, '0')}`,
});

describe('migration 0007: the platform catalogue and each request’s service code', () => {
  it('adds its tables and columns to a version-6 database and keeps the requests', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 6);
    db.prepare(
      `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
         category, need_id, urgency, emergency, language)
       VALUES ('A03', '2026-11-28', 1, 'A03-1128-0001', 'A03-20261128-0001',
         '2026-11-28T01:30:00.000Z', 'basic-living', 'pipe-leak', 'normal', 0, 'zh-CN')`,
    ).run();
    migrate(db, loadMigrations(), 7);
    const request = getRequest(db, 1);
    expect(request).toMatchObject({
      ticket: 'A03-1128-0001',
      needId: 'pipe-leak',
      serviceCode: null,
      mappingSource: null,
    });
    expect(readPlatformServices(db)).toEqual([]);
    expect(readCatalogState(db)).toBeUndefined();
  });

  it('stores the chosen service code and refuses a mapping source it does not know', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const saved = insertRequest(
      db,
      newRequestRow({ serviceCode: 'WTR-LEAK', mappingSource: 'guess' }),
      numbering,
    );
    expect(getRequest(db, saved.id)).toMatchObject({
      serviceCode: 'WTR-LEAK',
      mappingSource: 'guess',
    });
    const later = insertRequest(db, newRequestRow(), numbering);
    recordServiceChoice(db, later.id, { serviceCode: 'OTHER', mappingSource: 'fallback' });
    expect(getRequest(db, later.id)).toMatchObject({
      serviceCode: 'OTHER',
      mappingSource: 'fallback',
    });
    expect(() =>
      db.prepare("UPDATE requests SET mapping_source = 'made-up' WHERE id = ?").run(saved.id),
    ).toThrow(/CHECK/);
  });

  it('keeps the good copy through a failed refresh and marks vanished services withdrawn', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    saveGoodRefresh(db, {
      at: '2026-11-28T01:00:00.000Z',
      services: [
        { code: 'BIN', service: { name: 'Bins' }, definition: null },
        { code: 'MEALS', service: { name: 'Meals' }, definition: { attributes: [] } },
      ],
    });
    recordFailedRefresh(db, '2026-11-28T02:00:00.000Z', 'timeout');
    expect(readCatalogState(db)).toEqual({
      fetchedAt: '2026-11-28T01:00:00.000Z',
      attemptedAt: '2026-11-28T02:00:00.000Z',
      lastError: 'timeout',
    });
    expect(readPlatformServices(db).map((row) => row.code)).toEqual(['BIN', 'MEALS']);

    const { withdrawn } = saveGoodRefresh(db, {
      at: '2026-11-28T03:00:00.000Z',
      services: [{ code: 'MEALS', service: { name: 'Meals' }, definition: { attributes: [] } }],
    });
    expect(withdrawn).toEqual(['BIN']);
    expect(readPlatformServices(db)).toEqual([
      {
        code: 'BIN',
        service: { name: 'Bins' },
        definition: null,
        seenAt: '2026-11-28T01:00:00.000Z',
        withdrawnAt: '2026-11-28T03:00:00.000Z',
      },
      {
        code: 'MEALS',
        service: { name: 'Meals' },
        definition: { attributes: [] },
        seenAt: '2026-11-28T03:00:00.000Z',
        withdrawnAt: null,
      },
    ]);
    saveGoodRefresh(db, {
      at: '2026-11-28T04:00:00.000Z',
      services: [{ code: 'BIN', service: { name: 'Bins' }, definition: null }],
    });
    expect(readPlatformServices(db).find((row) => row.code === 'BIN')?.withdrawnAt).toBeNull();
    expect(readCatalogState(db)?.lastError).toBeNull();
  });
});
