// The centre's own migration runner: numbered SQL files in centre/migrations/, applied in order
// inside one transaction, SQLite's user_version recording how far a database has come. A database
// written by a newer centre is refused, not "fixed". (The kiosk has a runner of its own; the
// centre is a separate program and shares no code with it.)
import type { Database } from 'better-sqlite3';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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

export function loadMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = migrationFile.exec(file);
      if (!match) throw new MigrationError(`Migration file "${file}" is not named NNNN_name.sql.`);
      return {
        version: Number(match[1]),
        name: match[2] ?? file,
        sql: readFileSync(join(dir, file), 'utf8'),
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
  migrations: readonly Migration[],
  target: number = migrations.length,
): number {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new MigrationError(
      `The centre database is at schema version ${current}, but this centre knows only ${migrations.length}. ` +
        'It was written by a newer version of the centre; install that version or restore a backup.',
    );
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) db.exec(migration.sql);
    // PRAGMA takes no bound parameters; the version is an integer computed here.
    db.pragma(`user_version = ${pending[pending.length - 1]?.version ?? current}`);
  }).immediate();
  return schemaVersion(db);
}
