// Owns kiosk_configs: the remote configuration the centre serves to each kiosk, with a strong
// ETag (a hash of the stored JSON) so an unchanged config costs the kiosk a 304.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';

export interface StoredKioskConfig {
  kioskId: string;
  /** The JSON text as served. */
  json: string;
  etag: string;
  updatedAt: string;
}

export const etagOfConfig = (json: string) =>
  `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;

/** No config set is the empty object: only the kiosk's own settings apply. */
export const emptyConfigJson = '{}';

export function setKioskConfig(
  db: Database,
  kioskId: string,
  config: Record<string, unknown>,
  updatedAt: string,
): StoredKioskConfig {
  const json = JSON.stringify(config);
  const etag = etagOfConfig(json);
  db.prepare(
    `INSERT INTO kiosk_configs (kiosk_id, config_json, etag, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (kiosk_id) DO UPDATE SET config_json = excluded.config_json,
       etag = excluded.etag, updated_at = excluded.updated_at`,
  ).run(kioskId, json, etag, updatedAt);
  return { kioskId, json, etag, updatedAt };
}

export function findKioskConfig(db: Database, kioskId: string): StoredKioskConfig | null {
  const row = db
    .prepare('SELECT config_json, etag, updated_at FROM kiosk_configs WHERE kiosk_id = ?')
    .get(kioskId) as { config_json: string; etag: string; updated_at: string } | undefined;
  return row ? { kioskId, json: row.config_json, etag: row.etag, updatedAt: row.updated_at } : null;
}

/** What the kiosk is served: its stored config, or the empty one. */
export function servedKioskConfig(db: Database, kioskId: string): { json: string; etag: string } {
  const stored = findKioskConfig(db, kioskId);
  return stored ?? { json: emptyConfigJson, etag: etagOfConfig(emptyConfigJson) };
}
