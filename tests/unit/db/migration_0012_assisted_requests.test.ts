// Migration 0012 names the staff member who entered a request for a resident. Requests saved
// before it keep NULL (entered by the resident); a staff id is stored and read back; nonsense is
// refused by the column's check.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { getRequest, insertRequest } from '../../../db/repositories/requests.js';
import { newRequestRow } from '../../support/newRequestRow.js';

const before = 11;
const after = 12;

const numbering = (seq: number) => ({
  ticket: `A03-1128-${String(seq).padStart(4, '0')}`,
  lookupCode: `A03-20261128-${String(seq).padStart(4, '0')}-7KQ2A1`,
});

describe(`migration ${after}: requests entered by staff for a resident`, () => {
  it(`keeps version-${before} requests as entered by the resident`, () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), before);
    db.prepare(
      `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
         category, need_id, urgency, emergency, language)
       VALUES ('A03', '2026-11-28', 1, 'A03-1128-0001', 'A03-20261128-0001',
         '2026-11-28T01:30:00.000Z', 'basic-living', 'pipe-leak', 'normal', 0, 'zh-CN')`,
    ).run();
    migrate(db, loadMigrations(), after);
    expect(db.pragma('user_version', { simple: true })).toBe(after);
    expect(getRequest(db, 1)).toMatchObject({ ticket: 'A03-1128-0001', assistedBy: null });
  });

  it('stores the staff id of an assisted request and refuses an empty or over-long one', () => {
    // Today's repository writes later columns too, so the column's check is tried at the latest version.
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations());
    const assisted = insertRequest(db, { ...newRequestRow(), assistedBy: 'wang.li' }, numbering);
    const own = insertRequest(db, newRequestRow(), numbering);
    expect(getRequest(db, assisted.id)?.assistedBy).toBe('wang.li');
    expect(getRequest(db, own.id)?.assistedBy).toBeNull();
    expect(() => insertRequest(db, { ...newRequestRow(), assistedBy: '' }, numbering)).toThrow(
      /CHECK/,
    );
    expect(() =>
      insertRequest(db, { ...newRequestRow(), assistedBy: 'x'.repeat(33) }, numbering),
    ).toThrow(/CHECK/);
  });
});
