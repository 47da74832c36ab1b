import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { allAuditRows, appendAudit } from '../../../db/repositories/auditLog.js';
import { getStaffAccount, insertStaffAccount } from '../../../db/repositories/staffAccounts.js';
import { readLockout, writeLockout } from '../../../db/repositories/staffLockout.js';

const pin = {
  hash: Buffer.alloc(32, 1),
  salt: Buffer.alloc(16, 2),
  n: 2 ** 15,
  r: 8,
  p: 1,
};

describe('migration 0010: staff accounts, the PIN lockout and the audit trail', () => {
  it('adds its tables to a version-8 database and keeps the requests already there', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 9);
    db.prepare(
      `INSERT INTO requests (kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at,
         category, need_id, urgency, emergency, language)
       VALUES ('A03', '2026-11-28', 1, 'A03-1128-0001', 'A03-20261128-0001',
         '2026-11-28T01:30:00.000Z', 'basic-living', 'pipe-leak', 'normal', 0, 'zh-CN')`,
    ).run();
    migrate(db, loadMigrations(), 10);
    expect(db.prepare('SELECT ticket FROM requests').all()).toEqual([{ ticket: 'A03-1128-0001' }]);
    expect(readLockout(db)).toEqual({ failedCount: 0, lastFailedAt: null, lockedUntil: null });
    expect(allAuditRows(db)).toEqual([]);
    expect(
      insertStaffAccount(db, { id: 'wang.li', name: '王丽', pin, now: '2026-11-28T01:00:00Z' }),
    ).toBe(true);
    expect(getStaffAccount(db, 'wang.li')).toMatchObject({
      name: '王丽',
      disabledAt: null,
      cardIdHash: null,
    });
  });

  it('refuses a PIN hash weaker than N = 2^15 and keeps one lockout row', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    expect(() =>
      insertStaffAccount(db, {
        id: 'weak',
        name: 'Weak',
        pin: { ...pin, n: 2 ** 14 },
        now: '2026-11-28T01:00:00Z',
      }),
    ).toThrow(/CHECK/);
    writeLockout(db, { failedCount: 3, lastFailedAt: '2026-11-28T01:00:00Z', lockedUntil: null });
    writeLockout(db, { failedCount: 4, lastFailedAt: '2026-11-28T01:01:00Z', lockedUntil: null });
    expect(db.prepare('SELECT COUNT(*) AS n FROM staff_lockout').get()).toEqual({ n: 1 });
    expect(readLockout(db).failedCount).toBe(4);
  });

  it('keeps audit rows in sequence with 64-character hashes', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    appendAudit(db, {
      at: '2026-11-28T01:00:00Z',
      staffId: null,
      action: 'failed-pin',
      detail: {},
    });
    expect(() =>
      db
        .prepare(
          `INSERT INTO audit_log (seq, at, action, detail_json, prev_hash, row_hash)
           VALUES (2, 'x', 'edit', '{}', 'short', 'short')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(allAuditRows(db)).toHaveLength(1);
  });
});
