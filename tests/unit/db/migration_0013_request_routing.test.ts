// Migration 0013: a request the matcher could not place is marked for a person to route.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { getRequest, insertRequest } from '../../../db/repositories/requests.js';
import { newRequestRow } from '../../support/newRequestRow.js';

const before = 12;
const after = 13;

const numbering = (seq: number) => ({
  ticket: `A03-1128-${String(seq).padStart(4, '0')}`,
  lookupCode: `A03-20261128-${String(seq).padStart(4, '0')}-7KQ2A1`,
});

describe('migration 0013: requests marked for a person to route', () => {
  it('keeps older requests, as placed by category (not marked)', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), before);
    db.prepare(
      `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
         category, need_id, urgency, emergency, language)
       VALUES ('A03', '2026-11-28', 1, 'A03-1128-0001', 'A03-20261128-0001',
         '2026-11-28T01:30:00.000Z', 'basic-living', 'pipe-leak', 'normal', 0, 'zh-CN')`,
    ).run();
    migrate(db, loadMigrations(), after);
    expect(getRequest(db, 1)).toMatchObject({ ticket: 'A03-1128-0001', needsRouting: false });
  });

  it('stores the mark, and refuses anything but 0 or 1', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), after);
    const marked = insertRequest(db, newRequestRow({ needsRouting: true }), numbering);
    const placed = insertRequest(db, newRequestRow(), numbering);
    expect(getRequest(db, marked.id)?.needsRouting).toBe(true);
    expect(getRequest(db, placed.id)?.needsRouting).toBe(false);
    expect(() => db.prepare('UPDATE requests SET needs_routing = 2').run()).toThrow(/CHECK/);
  });
});
