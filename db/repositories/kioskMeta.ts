// Owns the kiosk_meta table.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

export function readMeta(db: Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM kiosk_meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: Database, key: string, value: string, now: Date): void {
  db.prepare(
    `INSERT INTO kiosk_meta (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, value, now.toISOString());
}

/** A random id fixed at first start; it tells this installation's data apart from another's. */
export function installationId(db: Database, now: Date): string {
  return db
    .transaction(() => {
      const existing = readMeta(db, 'installation_id');
      if (existing) return existing;
      const id = randomUUID();
      writeMeta(db, 'installation_id', id, now);
      return id;
    })
    .immediate();
}
