// Owns platform_services and platform_catalog_state: the centre platform's services and their
// definitions as last read successfully. The caller validates what it stores; a failed refresh
// only records that it failed and leaves the good copy alone.
import type { Database } from 'better-sqlite3';

export interface CachedPlatformService {
  code: string;
  service: unknown;
  definition: unknown;
  seenAt: string;
  withdrawnAt: string | null;
}

export interface PlatformCatalogState {
  fetchedAt: string | null;
  attemptedAt: string;
  lastError: string | null;
}

interface ServiceRow {
  code: string;
  service_json: string;
  definition_json: string | null;
  seen_at: string;
  withdrawn_at: string | null;
}

export interface GoodRefresh {
  at: string;
  services: readonly { code: string; service: unknown; definition: unknown }[];
}

/**
 * Stores a good list in one transaction: listed services are written (and un-withdrawn), known
 * services missing from it are marked withdrawn from `at`, never deleted.
 */
export function saveGoodRefresh(db: Database, refresh: GoodRefresh): { withdrawn: string[] } {
  return db
    .transaction(() => {
      const upsert = db.prepare(
        `INSERT INTO platform_services (code, service_json, definition_json, seen_at, withdrawn_at)
         VALUES (?, ?, ?, ?, NULL)
         ON CONFLICT (code) DO UPDATE SET service_json = excluded.service_json,
           definition_json = excluded.definition_json, seen_at = excluded.seen_at,
           withdrawn_at = NULL`,
      );
      for (const entry of refresh.services) {
        upsert.run(
          entry.code,
          JSON.stringify(entry.service),
          entry.definition === null ? null : JSON.stringify(entry.definition),
          refresh.at,
        );
      }
      const listed = new Set(refresh.services.map((entry) => entry.code));
      const gone = (
        db.prepare('SELECT code FROM platform_services WHERE withdrawn_at IS NULL').all() as {
          code: string;
        }[]
      )
        .map((row) => row.code)
        .filter((code) => !listed.has(code));
      const withdraw = db.prepare('UPDATE platform_services SET withdrawn_at = ? WHERE code = ?');
      for (const code of gone) withdraw.run(refresh.at, code);
      writeState(db, { fetchedAt: refresh.at, attemptedAt: refresh.at, lastError: null });
      return { withdrawn: gone };
    })
    .immediate();
}

/** A refresh that failed or was refused as invalid: the good copy stays as it was. */
export function recordFailedRefresh(db: Database, at: string, reason: string): void {
  const previous = readCatalogState(db);
  writeState(db, { fetchedAt: previous?.fetchedAt ?? null, attemptedAt: at, lastError: reason });
}

function writeState(db: Database, state: PlatformCatalogState): void {
  db.prepare(
    `INSERT INTO platform_catalog_state (id, fetched_at, attempted_at, last_error) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET fetched_at = excluded.fetched_at,
       attempted_at = excluded.attempted_at, last_error = excluded.last_error`,
  ).run(state.fetchedAt, state.attemptedAt, state.lastError);
}

export function readCatalogState(db: Database): PlatformCatalogState | undefined {
  const row = db
    .prepare('SELECT fetched_at, attempted_at, last_error FROM platform_catalog_state WHERE id = 1')
    .get() as
    { fetched_at: string | null; attempted_at: string; last_error: string | null } | undefined;
  return row
    ? { fetchedAt: row.fetched_at, attemptedAt: row.attempted_at, lastError: row.last_error }
    : undefined;
}

export function readPlatformServices(db: Database): CachedPlatformService[] {
  const rows = db.prepare('SELECT * FROM platform_services ORDER BY code').all() as ServiceRow[];
  return rows.map((row) => ({
    code: row.code,
    service: JSON.parse(row.service_json) as unknown,
    definition: row.definition_json === null ? null : (JSON.parse(row.definition_json) as unknown),
    seenAt: row.seen_at,
    withdrawnAt: row.withdrawn_at,
  }));
}
