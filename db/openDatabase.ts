// One place decides how the kiosk's SQLite file is opened: durability over speed, because a
// resident's request must survive a power cut the moment we said "saved".
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrate.js';

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  const db = new BetterSqlite3(
    path,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Purged personal fields are overwritten on disk, not left in free pages.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
