// One place decides how the kiosk's SQLite file is opened: durability over speed, because a
// resident's request must survive a power cut the moment we said "saved". Every commit is
// fsynced (synchronous=FULL) unless a caller says why it need not be (commitWithoutFsync).
// Its files hold residents' requests, so they are the kiosk user's alone (0600), WAL and SHM too.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { chmodSync, closeSync, openSync, statSync } from 'node:fs';
import { migrate } from './migrate.js';

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
  /** Told of each existing file whose mode was tightened to 0600 (the caller logs it). */
  onTightened?: (file: string, previousMode: string) => void;
}

const privateMode = 0o600;

/**
 * SQLite creates a new database with the process umask (0644 as a rule) and gives the -wal and
 * -shm files the database file's own mode. So the database file is made 0600 before SQLite
 * opens it, and files an older kiosk left open to others are tightened.
 */
function makeFilesPrivate(path: string, onTightened: OpenDatabaseOptions['onTightened']): void {
  if (path === '' || path === ':memory:' || process.platform === 'win32') return;
  closeSync(openSync(path, 'a', privateMode));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    let mode: number;
    try {
      mode = statSync(file).mode & 0o777;
    } catch {
      continue;
    }
    if ((mode & 0o077) === 0) continue;
    chmodSync(file, privateMode);
    onTightened?.(file, mode.toString(8));
  }
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  makeFilesPrivate(path, options.onTightened);
  const db = new BetterSqlite3(
    path,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    // 1 KiB pages for a new database. WAL writes whole pages, and a durable enqueue touches about
    // ten b-tree pages (the request and its three indexes, its day's sequence, its status, the
    // outbox row and its two indexes): ~42 KB per request with 4 KiB pages, ~14 KB with 1 KiB.
    // The size can only be chosen before the first table exists; older databases keep theirs.
    if (db.pragma('page_count', { simple: true }) === 0) db.pragma('page_size = 1024');
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

/** `work` as one immediate transaction committed at `level`; the connection's own is restored. */
function commitAt<T>(db: Database, level: 'FULL' | 'NORMAL', work: () => T): T {
  // Inside another transaction the commit (and its durability) would be the outer one's.
  if (db.inTransaction)
    throw new Error('a commit’s durability cannot be chosen inside a transaction');
  const before = db.pragma('synchronous', { simple: true }) as number;
  db.pragma(`synchronous = ${level}`);
  try {
    return db.transaction(work).immediate();
  } finally {
    db.pragma(`synchronous = ${before}`);
  }
}

/** One immediate transaction whose commit is on disk (fsynced) before this returns. */
export function commitDurably<T>(db: Database, work: () => T): T {
  return commitAt(db, 'FULL', work);
}

/**
 * One immediate transaction committed with synchronous=NORMAL. In WAL mode such a commit survives
 * the process being killed (it is in the WAL file), but a power cut can undo it until the next
 * fsynced commit or checkpoint. Only for writes whose loss to a power cut is already safe — see
 * docs/exactly-once.md.
 */
export function commitWithoutFsync<T>(db: Database, work: () => T): T {
  return commitAt(db, 'NORMAL', work);
}
