// The centre's own SQLite file, opened the way the kiosk opens its own: WAL and synchronous=FULL,
// because "201 Created" promises the request survives a power cut. Migrations are the centre's own
// numbered SQL files in centre/migrations/, applied by the centre's own runner.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMigrations, migrate } from './migrate.js';

export const centreDatabaseFile = 'centre.sqlite';

/**
 * tsc copies no SQL: a build carries the migrations beside the compiled code when the build step
 * copies them, and otherwise reads them from the source tree the build was made from.
 */
export function centreMigrationsDir(): string {
  const candidates = [
    // centre/server/store/ → centre/migrations/ (and the same inside build/node/)
    new URL('../../migrations/', import.meta.url),
    // build/node/centre/server/store/ → the repository's centre/migrations/
    new URL('../../../../../centre/migrations/', import.meta.url),
  ].map((url) => fileURLToPath(url));
  const found = candidates.find((dir) => existsSync(dir));
  if (!found)
    throw new Error(
      `The centre's SQL migrations are missing (looked in ${candidates.join(', ')}).`,
    );
  return found;
}

export function openCentreDatabase(dataDir: string): Database {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new BetterSqlite3(join(dataDir, centreDatabaseFile));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // The CLI writes to the same file while the server runs.
    db.pragma('busy_timeout = 5000');
    migrate(db, loadMigrations(centreMigrationsDir()));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
