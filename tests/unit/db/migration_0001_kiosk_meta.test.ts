import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { installationId, readMeta, writeMeta } from '../../../db/repositories/kioskMeta.js';

describe('migration 0001: kiosk_meta', () => {
  it('creates the table from an empty database and stores one value per key', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 1);
    const now = new Date('2026-11-28T08:00:00Z');
    writeMeta(db, 'k', 'v1', now);
    writeMeta(db, 'k', 'v2', now);
    expect(readMeta(db, 'k')).toBe('v2');
    expect(db.prepare('SELECT COUNT(*) AS n FROM kiosk_meta').get()).toEqual({ n: 1 });
  });

  it('keeps one installation id for the life of the database', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const first = installationId(db, new Date());
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(installationId(db, new Date())).toBe(first);
  });
});
