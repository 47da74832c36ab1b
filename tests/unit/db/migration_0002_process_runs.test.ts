import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { readMeta, writeMeta } from '../../../db/repositories/kioskMeta.js';
import {
  recordStart,
  recordStop,
  uncleanRunsBefore,
} from '../../../db/repositories/processRuns.js';

describe('migration 0002: process_runs', () => {
  it('adds process_runs to a version-1 database and keeps its rows', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 1);
    writeMeta(db, 'installation_id', 'kept', new Date('2026-11-01T00:00:00Z'));
    const before = db.prepare('SELECT * FROM kiosk_meta').all();

    migrate(db, loadMigrations(), 2);
    expect(db.prepare('SELECT * FROM kiosk_meta').all()).toEqual(before);
    expect(readMeta(db, 'installation_id')).toBe('kept');
    const columns = (db.prepare('PRAGMA table_info(process_runs)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual(['id', 'started_at', 'stopped_at', 'version', 'shell']);
  });

  it('tells a crashed run from a clean one', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 2);
    const crashed = recordStart(db, 'host', '0.1.0', new Date('2026-11-28T08:00:00Z'));
    const clean = recordStart(db, 'electron', '0.1.0', new Date('2026-11-28T09:00:00Z'));
    recordStop(db, clean.id, new Date('2026-11-28T10:00:00Z'));
    const current = recordStart(db, 'electron', '0.1.0', new Date('2026-11-28T11:00:00Z'));
    expect(uncleanRunsBefore(db, current.id).map((run) => run.id)).toEqual([crashed.id]);
  });

  it('refuses a shell the kiosk does not have', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 2);
    expect(() =>
      db
        .prepare(
          "INSERT INTO process_runs (started_at, version, shell) VALUES ('x', '1', 'browser')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
  });
});
