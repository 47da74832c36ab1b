-- The micro-projects vote (民生微实事): the centre's open round, cached so the kiosk still shows
-- it (pictures included, as data: URLs) while the centre is unreachable, and the ballots cast
-- here. A ballot names its voter by the voter token only: HMAC-SHA256 under the key the centre's
-- kiosks share (electron/services/vote/voterToken.ts), never the ID number, and different in
-- every round. One ballot per resident per round on this kiosk is the UNIQUE (round_id,
-- voter_token); the centre enforces it across kiosks. The choices are kept only until the centre
-- holds the ballot (ballotSender's recordSent clears them); the row stays so a second ballot is
-- refused at once. Whether a ballot is counted, queued or refused is its outbox entry's state
-- (kind 'ballot', subject_id = ballot_id), not a second copy here. No time finer than a day.
CREATE TABLE vote_round (
  -- One row: the round the centre listed last.
  id INTEGER PRIMARY KEY CHECK (id = 1),
  round_id TEXT NOT NULL CHECK (length(round_id) BETWEEN 1 AND 100),
  -- contract/vote.ts's VoteRound, as read (tolerantly) from the centre, pictures inlined.
  round_json TEXT NOT NULL CHECK (json_valid(round_json)),
  fetched_at TEXT NOT NULL
) STRICT;

CREATE TABLE vote_ballots (
  ballot_id TEXT PRIMARY KEY CHECK (length(ballot_id) = 36),
  round_id TEXT NOT NULL CHECK (length(round_id) BETWEEN 1 AND 100),
  voter_token TEXT NOT NULL CHECK (length(voter_token) = 64),
  cast_on TEXT NOT NULL CHECK (cast_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- NULL once the centre holds the ballot.
  choices_json TEXT CHECK (choices_json IS NULL OR json_valid(choices_json)),
  UNIQUE (round_id, voter_token)
) STRICT;

-- A vote receipt is a print job of its own purpose. Like the outbox's kind (0016), the purpose
-- is the code's list, not a CHECK: a journey's receipt needs no table rebuild. SQLite cannot drop
-- a CHECK in place, so print_jobs is rebuilt, every row kept, the same columns in the same order
-- and the same indexes; migrate() turns foreign keys off around the transaction.
CREATE TABLE print_jobs_rebuilt (
  id TEXT PRIMARY KEY,
  request_id INTEGER REFERENCES requests (id),
  purpose TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 40),
  document_json TEXT NOT NULL CHECK (json_valid(document_json)),
  state TEXT NOT NULL CHECK (state IN ('printing', 'printed', 'failed', 'reprinted')),
  problem TEXT,
  warnings_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings_json)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  reprint_of TEXT REFERENCES print_jobs (id),
  reprinted_by TEXT
) STRICT;
INSERT INTO print_jobs_rebuilt (id, request_id, purpose, document_json, state, problem,
  warnings_json, created_at, updated_at, reprint_of, reprinted_by)
SELECT id, request_id, purpose, document_json, state, problem, warnings_json, created_at,
  updated_at, reprint_of, reprinted_by FROM print_jobs;
DROP TABLE print_jobs;
ALTER TABLE print_jobs_rebuilt RENAME TO print_jobs;
CREATE INDEX print_jobs_failed ON print_jobs (state) WHERE state = 'failed';
CREATE INDEX print_jobs_by_request ON print_jobs (request_id) WHERE request_id IS NOT NULL;
