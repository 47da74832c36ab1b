// Migration 0022 gives each ballot its round's closing time: a ballot a version-21 kiosk stored
// stays as it was, with no closing time (the sweep measures it by its day), and a new ballot
// keeps a UTC moment and nothing else in that column.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { hasVoted, insertBallot, readBallot } from '../../../db/repositories/votes.js';

const before = 21;
const after = 22;
const oldBallotId = '11111111-1111-4111-8111-111111111111';
const voter = 'a'.repeat(64);

describe('migration 0022: a ballot keeps its round closing time', () => {
  it('keeps a version-21 ballot with no closing time and stores one for new ballots', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, loadMigrations(), before);
    db.prepare(
      `INSERT INTO vote_ballots (ballot_id, round_id, voter_token, cast_on, choices_json)
       VALUES (?, 'mw-2026-q4', ?, '2026-11-20', '["benches"]')`,
    ).run(oldBallotId, voter);
    migrate(db, loadMigrations(), after);

    expect(readBallot(db, oldBallotId)).toEqual({
      ballotId: oldBallotId,
      roundId: 'mw-2026-q4',
      voterToken: voter,
      castOn: '2026-11-20',
      choices: ['benches'],
      closesAt: null,
    });
    expect(hasVoted(db, 'mw-2026-q4', voter)).toBe(true);

    const ballot = {
      ballotId: '22222222-2222-4222-8222-222222222222',
      roundId: 'mw-2026-q4',
      voterToken: 'b'.repeat(64),
      castOn: '2026-12-01',
      choices: ['lights'],
      closesAt: '2026-12-15T16:00:00.000Z',
    };
    insertBallot(db, ballot);
    expect(readBallot(db, ballot.ballotId)).toEqual(ballot);
    expect(() =>
      insertBallot(db, {
        ...ballot,
        ballotId: '33333333-3333-4333-8333-333333333333',
        voterToken: 'c'.repeat(64),
        closesAt: '15 December',
      }),
    ).toThrow(/CHECK/);
    db.close();
  });
});
