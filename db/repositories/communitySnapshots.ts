// Owns community_snapshots. The caller validates the data; this module only stores and returns it.
import type { Database } from 'better-sqlite3';

export type SnapshotSource = 'demo-seed' | 'upstream';

export interface CommunitySnapshot {
  id: number;
  source: SnapshotSource;
  fetchedAt: string;
  etag: string | null;
  data: unknown;
}

interface SnapshotRow {
  id: number;
  source: SnapshotSource;
  fetched_at: string;
  etag: string | null;
  data_json: string;
}

export function saveSnapshot(
  db: Database,
  source: SnapshotSource,
  data: unknown,
  fetchedAt: Date,
  etag: string | null = null,
): number {
  const result = db
    .prepare(
      'INSERT INTO community_snapshots (source, fetched_at, etag, data_json) VALUES (?, ?, ?, ?)',
    )
    .run(source, fetchedAt.toISOString(), etag, JSON.stringify(data));
  return Number(result.lastInsertRowid);
}

/**
 * Deletes snapshots fetched before `olderThan` that a newer one of the same source replaced: only
 * the newest of each source is ever read. Returns how many went.
 */
export function purgeSupersededSnapshots(db: Database, olderThan: string): number {
  return db
    .prepare(
      `DELETE FROM community_snapshots WHERE fetched_at < ?
         AND id NOT IN (SELECT MAX(id) FROM community_snapshots GROUP BY source)`,
    )
    .run(olderThan).changes;
}

/** The newest snapshot, or the newest from one source. */
export function latestSnapshot(
  db: Database,
  source?: SnapshotSource,
): CommunitySnapshot | undefined {
  const row = (
    source === undefined
      ? db.prepare('SELECT * FROM community_snapshots ORDER BY id DESC LIMIT 1').get()
      : db
          .prepare('SELECT * FROM community_snapshots WHERE source = ? ORDER BY id DESC LIMIT 1')
          .get(source)
  ) as SnapshotRow | undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    source: row.source,
    fetchedAt: row.fetched_at,
    etag: row.etag,
    data: JSON.parse(row.data_json) as unknown,
  };
}
