// Migration 0020 lets a print job have any journey's purpose (a queue ticket, a booking, a
// ballot): every job of a version-19 kiosk is kept as it was, reprints still point at their
// original, and the indexes are back.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';

const before = 19;
const after = 20;
const at = '2026-12-01T01:30:00.000Z';

describe('migration 0020: print jobs of any purpose', () => {
  it('keeps every job and takes a queue ticket', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations(), before);
    db.exec(
      `INSERT INTO print_jobs (id, request_id, purpose, document_json, state, created_at, updated_at)
         VALUES ('job-1', NULL, 'contact', '{"blocks":[]}', 'failed', '${at}', '${at}');
       INSERT INTO print_jobs (id, request_id, purpose, document_json, state, created_at,
         updated_at, reprint_of, reprinted_by)
         VALUES ('job-2', NULL, 'contact', '{"blocks":[]}', 'printed', '${at}', '${at}', 'job-1', 's1')`,
    );
    expect(() =>
      db.exec(
        `INSERT INTO print_jobs (id, purpose, document_json, state, created_at, updated_at)
           VALUES ('job-3', 'queue-number', '{}', 'printing', '${at}', '${at}')`,
      ),
    ).toThrow(/CHECK/);
    const jobsBefore = db.prepare('SELECT * FROM print_jobs ORDER BY id').all();

    migrate(db, loadMigrations(), after);
    expect(db.prepare('SELECT * FROM print_jobs ORDER BY id').all()).toEqual(jobsBefore);
    db.exec(
      `INSERT INTO print_jobs (id, purpose, document_json, state, created_at, updated_at)
         VALUES ('job-3', 'queue-number', '{}', 'printing', '${at}', '${at}')`,
    );
    expect(() =>
      db.exec(
        `INSERT INTO print_jobs (id, purpose, document_json, state, created_at, updated_at)
           VALUES ('job-4', '', '{}', 'printing', '${at}', '${at}')`,
      ),
    ).toThrow(/CHECK/);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'print_jobs'")
      .all()
      .map((row) => (row as { name: string }).name)
      .filter((name) => !name.startsWith('sqlite_'))
      .sort();
    expect(indexes).toEqual(['print_jobs_by_request', 'print_jobs_failed']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
