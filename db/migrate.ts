// Numbered SQL files, applied in order inside one transaction, with SQLite's user_version as the
// record of how far a database has come. A database from a newer app is refused, not "fixed".
import type { Database } from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

const migrationFile = /^(\d{4})_([a-z0-9_]+)\.sql$/;
export const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export function loadMigrations(dir: string = migrationsDir): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = migrationFile.exec(file);
      if (!match) throw new MigrationError(`Migration file "${file}" is not named NNNN_name.sql.`);
      return {
        version: Number(match[1]),
        name: match[2] ?? file,
        sql: readFileSync(`${dir}/${file}`, 'utf8'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(
        `Migrations must be numbered 1, 2, 3… without gaps; found ${migration.version} at position ${index + 1}.`,
      );
    }
  });
  return migrations;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration above the database's version, up to `target` (default: all). */
export function migrate(
  db: Database,
  migrations: Migration[] = loadMigrations(),
  target: number = migrations.length,
): number {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new MigrationError(
      `The database is at schema version ${current}, but this kiosk knows only ${migrations.length}. ` +
        'It was written by a newer version of the kiosk; install that version or restore a backup.',
    );
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  // A migration that rebuilds a table others refer to (DROP, then RENAME) would trip foreign keys
  // half-way; SQLite's documented rebuild turns them off outside the transaction (the pragma does
  // nothing inside one) and checks them all before committing.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  if (foreignKeys) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) db.exec(migration.sql);
      const broken = db.pragma('foreign_key_check') as { table: string }[];
      if (broken.length > 0) {
        throw new MigrationError(
          `Migrating left ${broken.length} rows whose references are broken (first in ${broken[0]?.table}); nothing was changed.`,
        );
      }
      // PRAGMA takes no bound parameters; the version is an integer we computed.
      db.pragma(`user_version = ${pending[pending.length - 1]?.version ?? current}`);
    }).immediate();
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
  }
  return schemaVersion(db);
}
