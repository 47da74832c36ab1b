-- The micro-projects vote (民生微实事): one row per ballot a kiosk sent, and its choices. The
-- voter is a token, never an ID number: HMAC-SHA256 of the round id and the resident's ID
-- number under a key only the centre's kiosks hold (see centre/server/votes/ballotRules.ts), so
-- the centre can see that two ballots come from one resident in one round, and nothing else: it
-- cannot reverse a token by trying every ID number, and a resident's tokens of two rounds differ.
-- One ballot per voter per round is the UNIQUE constraint. No kiosk id and no time finer than a
-- day is kept with a ballot.
CREATE TABLE vote_ballots (
  ballot_id TEXT PRIMARY KEY CHECK (length(ballot_id) = 36),
  round_id TEXT NOT NULL CHECK (length(round_id) BETWEEN 1 AND 100),
  voter_token TEXT NOT NULL CHECK (length(voter_token) = 64),
  cast_on TEXT NOT NULL CHECK (cast_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  UNIQUE (round_id, voter_token)
) STRICT;

CREATE TABLE vote_choices (
  ballot_id TEXT NOT NULL REFERENCES vote_ballots (ballot_id),
  proposal_id TEXT NOT NULL CHECK (length(proposal_id) BETWEEN 1 AND 60),
  PRIMARY KEY (ballot_id, proposal_id)
) STRICT;
CREATE INDEX vote_choices_by_proposal ON vote_choices (proposal_id);
