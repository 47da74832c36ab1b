// After personal fields are purged, the old page images that still hold them must leave the
// disk too. secure_delete (openDatabase.ts) zeroes the freed space in the database's pages, but
// the WAL keeps every earlier version of those pages until a checkpoint, and a WAL that is
// reset is rewritten from its start, leaving older frames in its tail. A TRUNCATE checkpoint
// copies the purged pages into the database file and cuts the WAL to zero bytes.
import type { Database } from 'better-sqlite3';

export interface WalWipe {
  /** False when a reader held the WAL (or a transaction was open): the next purge tries again. */
  done: boolean;
}

export function checkpointAndTruncateWal(db: Database): WalWipe {
  if (db.inTransaction) return { done: false };
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return { done: result?.busy === 0 };
}
