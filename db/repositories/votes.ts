// Owns vote_round (the centre's open round as last fetched) and vote_ballots (the ballots cast on
// this kiosk, by voter token). See migration 0019 for what a ballot may hold. A ballot's fate is
// read from its outbox entry: sent (counted), dead (refused, e.g. already voted at another
// kiosk; staff see the dead letter), otherwise queued.
import type { Database } from 'better-sqlite3';
import { noUnsettledEntryAbout } from './outbox.js';

export interface StoredBallot {
  ballotId: string;
  roundId: string;
  voterToken: string;
  /** YYYY-MM-DD, the kiosk's local day. */
  castOn: string;
  /** Empty once the centre holds the ballot. */
  choices: readonly string[];
  /** The round's closing time (ISO, UTC); null for ballots stored before migration 0022. */
  closesAt: string | null;
}

export type BallotFate = 'queued' | 'counted' | 'refused';

export function saveRound(db: Database, roundId: string, round: unknown, now: Date): void {
  db.prepare(
    `INSERT INTO vote_round (id, round_id, round_json, fetched_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET round_id = excluded.round_id,
       round_json = excluded.round_json, fetched_at = excluded.fetched_at`,
  ).run(roundId, JSON.stringify(round), now.toISOString());
}

/** The cached round as stored (the caller reads it by schema), or undefined. */
export function readRound(db: Database): unknown {
  const row = db.prepare('SELECT round_json FROM vote_round WHERE id = 1').get() as
    { round_json: string } | undefined;
  return row ? (JSON.parse(row.round_json) as unknown) : undefined;
}

export function forgetRound(db: Database): void {
  db.prepare('DELETE FROM vote_round').run();
}

export function insertBallot(db: Database, ballot: StoredBallot): void {
  db.prepare(
    `INSERT INTO vote_ballots (ballot_id, round_id, voter_token, cast_on, choices_json,
       closes_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    ballot.ballotId,
    ballot.roundId,
    ballot.voterToken,
    ballot.castOn,
    JSON.stringify(ballot.choices),
    ballot.closesAt,
  );
}

export function readBallot(db: Database, ballotId: string): StoredBallot | undefined {
  const row = db
    .prepare(
      `SELECT round_id, voter_token, cast_on, choices_json, closes_at FROM vote_ballots
       WHERE ballot_id = ?`,
    )
    .get(ballotId) as
    | {
        round_id: string;
        voter_token: string;
        cast_on: string;
        choices_json: string | null;
        closes_at: string | null;
      }
    | undefined;
  return (
    row && {
      ballotId,
      roundId: row.round_id,
      voterToken: row.voter_token,
      castOn: row.cast_on,
      choices: row.choices_json === null ? [] : (JSON.parse(row.choices_json) as string[]),
      closesAt: row.closes_at,
    }
  );
}

export function hasVoted(db: Database, roundId: string, voterToken: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM vote_ballots WHERE round_id = ? AND voter_token = ?')
      .get(roundId, voterToken) !== undefined
  );
}

/** The centre holds the ballot: the kiosk no longer needs its choices. */
export function forgetChoices(db: Database, ballotId: string): void {
  db.prepare('UPDATE vote_ballots SET choices_json = NULL WHERE ballot_id = ?').run(ballotId);
}

export function ballotFate(db: Database, kind: string, ballotId: string): BallotFate {
  const row = db
    .prepare('SELECT state FROM outbox WHERE kind = ? AND subject_id = ? ORDER BY id DESC')
    .get(kind, ballotId) as { state: string } | undefined;
  if (row?.state === 'sent') return 'counted';
  if (row?.state === 'dead') return 'refused';
  return 'queued';
}

/** The codes the centre refused a dead ballot with (e.g. already_voted), for the screen. */
export function ballotRefusalCodes(db: Database, kind: string, ballotId: string): string[] {
  const row = db
    .prepare(
      `SELECT d.errors_json AS errors FROM outbox o JOIN outbox_dead_letters d
       ON d.outbox_id = o.id WHERE o.kind = ? AND o.subject_id = ? ORDER BY o.id DESC`,
    )
    .get(kind, ballotId) as { errors: string } | undefined;
  if (!row) return [];
  const errors = JSON.parse(row.errors) as { code?: unknown }[];
  return errors.map((entry) => String(entry.code ?? ''));
}

/**
 * Deletes the ballots of a round closed longer ago than the retention window, token and all, that
 * no unsettled entry of `kinds` refers to; returns their ids, so their settled entries can go too.
 */
export function purgeSettledBallotsOfRound(
  db: Database,
  kinds: readonly string[],
  roundId: string,
): string[] {
  const rows = db
    .prepare(
      `DELETE FROM vote_ballots WHERE round_id = ?
         AND ${noUnsettledEntryAbout('vote_ballots.ballot_id')} RETURNING ballot_id`,
    )
    .all(roundId, JSON.stringify(kinds)) as { ballot_id: string }[];
  return rows.map((row) => row.ballot_id);
}

/**
 * Deletes the ballots of any round but `cachedRoundId` (null: none is cached) that no unsettled
 * entry of `kinds` refers to and whose round closed before `cutoff` (an ISO moment, UTC), by the
 * closing time each ballot kept (migration 0022); a ballot stored before that, without one, goes
 * once it was cast before `cutoff`'s day. Returns their ids. For rounds no longer cached, whose
 * closing time the cache no longer holds (see electron/services/retention/).
 */
export function purgeSettledBallotsOfOtherRoundsBefore(
  db: Database,
  kinds: readonly string[],
  cachedRoundId: string | null,
  cutoff: string,
): string[] {
  const rows = db
    .prepare(
      `DELETE FROM vote_ballots WHERE round_id IS NOT ?
         AND (closes_at < ? OR (closes_at IS NULL AND cast_on < ?))
         AND ${noUnsettledEntryAbout('vote_ballots.ballot_id')} RETURNING ballot_id`,
    )
    .all(cachedRoundId, cutoff, cutoff.slice(0, 10), JSON.stringify(kinds)) as {
    ballot_id: string;
  }[];
  return rows.map((row) => row.ballot_id);
}
