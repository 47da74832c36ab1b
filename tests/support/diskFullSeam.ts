// A seam on the kiosk's database that makes writes fail the way a full disk does (SQLITE_FULL,
// or another storage code), after a given number of writes: every point at which the disk can
// run out, one after another, without needing a real full disk.
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import { forgetPrepared } from '../../db/statementCache.js';

export interface DiskFullSeam {
  /** Writes (INSERT/UPDATE/DELETE) seen since the seam was put in. */
  writes(): number;
  /** The writes the seam refused, in order, and whether each was inside a transaction. */
  refused(): { sql: string; inTransaction: boolean }[];
  remove(): void;
}

const isWrite = (sql: string) => /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(sql);

/** Refuses every write after the first `allowed`, or (with a pattern) every write it matches. */
export function failWritesAfter(
  db: Database,
  allowed: number | RegExp,
  code = 'SQLITE_FULL',
): DiskFullSeam {
  const original = db.prepare.bind(db);
  let writes = 0;
  const refused: { sql: string; inTransaction: boolean }[] = [];
  const wrap = (statement: Statement, sql: string): Statement =>
    new Proxy(statement, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (!['run', 'get', 'all', 'iterate'].includes(String(property)))
          return (value as (...args: unknown[]) => unknown).bind(target);
        return (...args: unknown[]) => {
          writes += 1;
          if (typeof allowed === 'number' ? writes > allowed : allowed.test(sql)) {
            refused.push({ sql: sql.replace(/\s+/g, ' ').trim(), inTransaction: db.inTransaction });
            throw new BetterSqlite3.SqliteError('database or disk is full', code);
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  db.prepare = ((sql: string) => {
    const statement = original(sql);
    return isWrite(sql) ? wrap(statement, sql) : statement;
  }) as Database['prepare'];
  // Statements the repositories keep (db/statementCache.ts) were prepared before the seam: they
  // are prepared again through it, and again without it once it is removed.
  forgetPrepared(db);
  return {
    writes: () => writes,
    refused: () => refused,
    remove: () => {
      db.prepare = original;
      forgetPrepared(db);
    },
  };
}
