// Preparing a statement compiles its SQL every time. The upload worker runs the same few
// statements for every request it forwards, and a profile of a drain showed ~0.4 ms per request
// in `prepare` alone: more than the queue's whole cost over a plain POST loop. Repositories take
// their hot statements from here instead: compiled once per connection, then reused. Only for
// statements run with .run/.get/.all in the default mode (a cached statement must not be
// switched to pluck/raw/expand, or iterated while another caller runs it).
import type { Database, Statement } from 'better-sqlite3';

const perConnection = new WeakMap<Database, Map<string, Statement>>();

export function prepared(db: Database, sql: string): Statement {
  let statements = perConnection.get(db);
  if (!statements) {
    statements = new Map();
    perConnection.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

/**
 * Drops the statements kept for `db`, so the next call prepares them again through
 * `db.prepare` (a test seam that wraps it, e.g. tests/support/diskFullSeam.ts, sees them then).
 */
export function forgetPrepared(db: Database): void {
  perConnection.delete(db);
}
