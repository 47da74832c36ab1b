import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { latestSnapshot, saveSnapshot } from '../../../db/repositories/communitySnapshots.js';
import { recordStart } from '../../../db/repositories/processRuns.js';

describe('migration 0003: community_snapshots', () => {
  it('adds the snapshot table to a version-2 database and keeps its rows', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 2);
    recordStart(db, 'host', '0.1.0', new Date('2026-11-01T00:00:00Z'));
    const before = db.prepare('SELECT * FROM process_runs').all();
    migrate(db, loadMigrations(), 3);
    expect(db.prepare('SELECT * FROM process_runs').all()).toEqual(before);
    expect(latestSnapshot(db)).toBeUndefined();
  });

  it('returns the newest snapshot and refuses text that is not JSON', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), 3);
    saveSnapshot(db, 'demo-seed', { version: 1 }, new Date('2026-11-01T00:00:00Z'));
    saveSnapshot(db, 'upstream', { version: 2 }, new Date('2026-11-02T00:00:00Z'), 'W/"abc"');
    expect(latestSnapshot(db)).toMatchObject({
      source: 'upstream',
      etag: 'W/"abc"',
      data: { version: 2 },
    });
    expect(() =>
      db
        .prepare(
          "INSERT INTO community_snapshots (source, fetched_at, data_json) VALUES ('upstream', 'x', 'not json')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
  });
});
