// Migration 0019 adds the vote's tables (the cached round, the ballots by voter token) and
// rebuilds print_jobs so a vote receipt is a print job of its own purpose: every print job of a
// version-18 kiosk stays as it was, a reprint still points at its original, and one voter token
// has one ballot per round.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { hasVoted } from '../../../db/repositories/votes.js';

const before = 18;
const after = 19;
const at = '2026-12-01T01:30:00.000Z';
const voter = 'a'.repeat(64);

interface VersionNineteenBallot {
  ballotId: string;
  roundId: string;
  voterToken: string;
  castOn: string;
  choices: string[];
}

/** A ballot as a version-19 kiosk stored it: raw SQL, today's repository writes later columns. */
function insertBallot(db: BetterSqlite3.Database, ballot: VersionNineteenBallot): void {
  db.prepare(
    `INSERT INTO vote_ballots (ballot_id, round_id, voter_token, cast_on, choices_json)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    ballot.ballotId,
    ballot.roundId,
    ballot.voterToken,
    ballot.castOn,
    JSON.stringify(ballot.choices),
  );
}

function oldDatabase(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations(), before);
  const job = db.prepare(
    `INSERT INTO print_jobs (id, request_id, purpose, document_json, state, problem, created_at,
       updated_at, reprint_of, reprinted_by) VALUES (?, NULL, ?, '{"blocks":[]}', ?, ?, ?, ?, ?, ?)`,
  );
  job.run('job-1', 'contact', 'failed', 'paper-out', at, at, null, null);
  job.run('job-2', 'contact', 'printed', null, at, at, 'job-1', 'staff-7');
  return db;
}

describe('migration 0019: the micro-projects vote', () => {
  it('keeps every print job and its reprint link, and takes a vote receipt', () => {
    const db = oldDatabase();
    const jobsBefore = db.prepare('SELECT * FROM print_jobs ORDER BY id').all();
    expect(() =>
      db
        .prepare(
          `INSERT INTO print_jobs (id, purpose, document_json, state, created_at, updated_at)
           VALUES ('job-3', 'vote', '{}', 'printing', ?, ?)`,
        )
        .run(at, at),
    ).toThrow(/CHECK/);

    migrate(db, loadMigrations(), after);
    expect(db.prepare('SELECT * FROM print_jobs ORDER BY id').all()).toEqual(jobsBefore);
    db.prepare(
      `INSERT INTO print_jobs (id, purpose, document_json, state, created_at, updated_at)
       VALUES ('job-3', 'vote', '{}', 'printing', ?, ?)`,
    ).run(at, at);
    expect(() =>
      db
        .prepare(
          `INSERT INTO print_jobs (id, purpose, document_json, state, created_at, updated_at,
             reprint_of) VALUES ('job-4', 'vote', '{}', 'printing', ?, ?, 'no-such-job')`,
        )
        .run(at, at),
    ).toThrow(/FOREIGN KEY/);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'print_jobs'")
      .all()
      .map((row) => (row as { name: string }).name)
      .filter((name) => !name.startsWith('sqlite_'))
      .sort();
    expect(indexes).toEqual(['print_jobs_by_request', 'print_jobs_failed']);
  });

  it('keeps one ballot per voter token per round, with a day only and no ID number', () => {
    const db = oldDatabase();
    migrate(db, loadMigrations(), after);
    const ballot = {
      ballotId: '11111111-1111-4111-8111-111111111111',
      roundId: 'mw-2026-q4',
      voterToken: voter,
      castOn: '2026-12-01',
      choices: ['benches', 'lights'],
    };
    insertBallot(db, ballot);
    expect(db.prepare('SELECT * FROM vote_ballots').all()).toEqual([
      {
        ballot_id: ballot.ballotId,
        round_id: ballot.roundId,
        voter_token: voter,
        cast_on: '2026-12-01',
        choices_json: '["benches","lights"]',
      },
    ]);
    expect(hasVoted(db, 'mw-2026-q4', voter)).toBe(true);
    expect(hasVoted(db, 'mw-2027-q1', voter)).toBe(false);
    expect(() =>
      insertBallot(db, { ...ballot, ballotId: '22222222-2222-4222-8222-222222222222' }),
    ).toThrow(/UNIQUE/);
    expect(() =>
      insertBallot(db, {
        ...ballot,
        ballotId: '33333333-3333-4333-8333-333333333333',
        voterToken: '11010519491231002X',
      }),
    ).toThrow(/CHECK/);
    expect(() =>
      insertBallot(db, {
        ...ballot,
        ballotId: '44444444-4444-4444-8444-444444444444',
        voterToken: 'b'.repeat(64),
        castOn: at,
      }),
    ).toThrow(/CHECK/);
  });
});
