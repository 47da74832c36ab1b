// Hot statements are compiled once per connection and reused, with the results a fresh
// statement would give, and one connection's statements never serve another.
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { prepared } from '../../../db/statementCache.js';

const opened: BetterSqlite3.Database[] = [];
const connection = () => {
  const db = new BetterSqlite3(':memory:');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('prepared statements', () => {
  it('are compiled once per connection and give what a fresh statement gives', () => {
    const db = connection();
    const insert = 'INSERT INTO t (v) VALUES (?)';
    expect(prepared(db, insert)).toBe(prepared(db, insert));
    prepared(db, insert).run('a');
    prepared(db, insert).run('b');
    const select = 'SELECT v FROM t WHERE id = ?';
    expect(prepared(db, select).get(2)).toEqual(db.prepare(select).get(2));
    expect(prepared(db, select).get(2)).toEqual({ v: 'b' });
  });

  it('belong to their connection', () => {
    const first = connection();
    const second = connection();
    const sql = 'SELECT COUNT(*) AS n FROM t';
    expect(prepared(first, sql)).not.toBe(prepared(second, sql));
    prepared(first, 'INSERT INTO t (v) VALUES (?)').run('only in the first');
    expect(prepared(first, sql).get()).toEqual({ n: 1 });
    expect(prepared(second, sql).get()).toEqual({ n: 0 });
  });
});
