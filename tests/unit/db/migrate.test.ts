import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MigrationError, loadMigrations, migrate, schemaVersion } from '../../../db/migrate.js';
import { openDatabase } from '../../../db/openDatabase.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-migrate-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('migrations', () => {
  it('are numbered 1…N without gaps and bring a new database to the latest version', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
    const db = new BetterSqlite3(':memory:');
    expect(migrate(db)).toBe(migrations.length);
    expect(migrate(db)).toBe(migrations.length);
  });

  it('open the kiosk database in WAL mode with synchronous=FULL and foreign keys on', () => {
    const db = openDatabase(join(tempDir(), 'kiosk.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuse a database written by a newer kiosk, and leave it untouched', () => {
    const path = join(tempDir(), 'kiosk.sqlite');
    const newer = new BetterSqlite3(path);
    newer.pragma('user_version = 999');
    newer.exec('CREATE TABLE from_the_future (x INTEGER)');
    newer.close();
    expect(() => openDatabase(path)).toThrow(/schema version 999.*newer version of the kiosk/);
    const check = new BetterSqlite3(path);
    expect(schemaVersion(check)).toBe(999);
    check.close();
  });

  it('roll back every step of a run when one migration fails', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '0001_good.sql'), 'CREATE TABLE good (x INTEGER);');
    writeFileSync(
      join(dir, '0002_bad.sql'),
      'CREATE TABLE bad (x INTEGER); SELECT * FROM missing_table;',
    );
    const db = new BetterSqlite3(':memory:');
    expect(() => migrate(db, loadMigrations(dir))).toThrow(/missing_table/);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'good'").get()).toBeUndefined();
  });

  it('reject badly named or gapped migration files with a clear error', () => {
    const named = tempDir();
    writeFileSync(join(named, '1_oops.sql'), 'SELECT 1;');
    expect(() => loadMigrations(named)).toThrow(MigrationError);
    const gapped = tempDir();
    writeFileSync(join(gapped, '0001_a.sql'), 'SELECT 1;');
    writeFileSync(join(gapped, '0003_c.sql'), 'SELECT 1;');
    expect(() => loadMigrations(gapped)).toThrow(/without gaps/);
  });
});
