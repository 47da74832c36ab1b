// Owns vote_ballots and vote_choices: the ballots kiosks sent, one per voter token per round,
// and the votes per proposal they add up to.
import type { Database } from 'better-sqlite3';

export interface StoredBallot {
  ballotId: string;
  roundId: string;
  voterToken: string;
  castOn: string;
  receivedOn: string;
  choices: readonly string[];
}

export function insertBallot(db: Database, ballot: StoredBallot): void {
  db.prepare(
    `INSERT INTO vote_ballots (ballot_id, round_id, voter_token, cast_on, received_on)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(ballot.ballotId, ballot.roundId, ballot.voterToken, ballot.castOn, ballot.receivedOn);
  const choice = db.prepare('INSERT INTO vote_choices (ballot_id, proposal_id) VALUES (?, ?)');
  for (const proposalId of ballot.choices) choice.run(ballot.ballotId, proposalId);
}

export function ballotExists(db: Database, roundId: string, ballotId: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM vote_ballots WHERE round_id = ? AND ballot_id = ?')
      .get(roundId, ballotId) !== undefined
  );
}

export function voterHasBallot(db: Database, roundId: string, voterToken: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM vote_ballots WHERE round_id = ? AND voter_token = ?')
      .get(roundId, voterToken) !== undefined
  );
}

/** Votes per proposal in a round (proposals without votes are absent). */
export function roundTally(db: Database, roundId: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT c.proposal_id AS proposal_id, COUNT(*) AS votes FROM vote_choices c
       JOIN vote_ballots b ON b.ballot_id = c.ballot_id WHERE b.round_id = ?
       GROUP BY c.proposal_id`,
    )
    .all(roundId) as { proposal_id: string; votes: number }[];
  return new Map(rows.map((row) => [row.proposal_id, row.votes]));
}

export function countBallots(db: Database, roundId?: string): number {
  const row = (
    roundId === undefined
      ? db.prepare('SELECT COUNT(*) AS n FROM vote_ballots').get()
      : db.prepare('SELECT COUNT(*) AS n FROM vote_ballots WHERE round_id = ?').get(roundId)
  ) as { n: number };
  return row.n;
}
