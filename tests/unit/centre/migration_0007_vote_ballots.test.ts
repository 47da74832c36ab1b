// Centre migration 0007 adds the micro-projects vote's ballots beside what a version-6 centre
// holds: its survey sheets stay, ballots add up per proposal, and one voter token has one ballot
// per round (a second round is another token anyway, but the table holds the rule itself).
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { centreMigrationsDir } from '../../../centre/server/store/centreDatabase.js';
import { loadMigrations, migrate, schemaVersion } from '../../../centre/server/store/migrate.js';
import {
  countBallots,
  insertBallot,
  roundTally,
  voterHasBallot,
} from '../../../centre/server/store/voteBallots.js';

const before = 6;
const after = 7;
const migrations = loadMigrations(centreMigrationsDir());
const voter = 'a'.repeat(64);
const ballot = (ballotId: string, voterToken: string, choices: string[]) => ({
  ballotId,
  roundId: 'mw-2026-q4',
  voterToken,
  castOn: '2026-12-01',
  receivedOn: '2026-12-01',
  choices,
});

describe('centre migration 0007_vote_ballots', () => {
  it('keeps the survey sheets and counts ballots, one per voter per round', () => {
    const db = new BetterSqlite3(':memory:');
    try {
      migrate(db, migrations, before);
      db.prepare(
        `INSERT INTO survey_responses VALUES ('0b6f1f8e-3c1d-4b7a-9a53-2f1e0d9c8b7a',
           'needs-2026', '2026-11-28', '2026-11-28', '{"satisfaction":4}')`,
      ).run();
      const sheets = db.prepare('SELECT * FROM survey_responses').all();

      expect(migrate(db, migrations, after)).toBe(after);
      expect(schemaVersion(db)).toBe(after);
      expect(db.prepare('SELECT * FROM survey_responses').all()).toEqual(sheets);

      insertBallot(
        db,
        ballot('11111111-1111-4111-8111-111111111111', voter, ['benches', 'lights']),
      );
      insertBallot(db, ballot('22222222-2222-4222-8222-222222222222', 'b'.repeat(64), ['lights']));
      expect(Object.fromEntries(roundTally(db, 'mw-2026-q4'))).toEqual({ benches: 1, lights: 2 });
      expect(countBallots(db)).toBe(2);
      expect(voterHasBallot(db, 'mw-2026-q4', voter)).toBe(true);
      expect(voterHasBallot(db, 'mw-2027-q1', voter)).toBe(false);
      expect(() =>
        insertBallot(db, ballot('33333333-3333-4333-8333-333333333333', voter, ['garden'])),
      ).toThrow(/UNIQUE/);
      expect(() =>
        insertBallot(db, ballot('44444444-4444-4444-8444-444444444444', 'not-a-token', ['x'])),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
