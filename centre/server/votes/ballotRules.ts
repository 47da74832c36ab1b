// Whether a ballot may be counted in a round: the round still open, between one and the round's
// maximum of choices, each a proposal of this round, none twice. What does not fit is refused
// whole, never counted in part. One ballot per resident per round is the store's UNIQUE
// (round, voter token) and the route's typed `already_voted` refusal.
//
// Why a voter token and not an ID number, nor the kiosk's own ID hash: the token is
// HMAC-SHA256(voter key, "vote/v1|" + round id + "|" + ID number). The voter key is shared by
// the centre's kiosks only (provisioned like their API key, KIOSK_VOTER_KEY) and never given to
// the centre, so (1) the centre can compare ballots from different kiosks, which each kiosk's own
// idHashKey would not allow; (2) it cannot turn a token back into a number by hashing every
// possible ID number, as it could with a plain hash (ID numbers are few enough to enumerate);
// (3) the round id is hashed in, so one resident's ballots in two rounds do not link.
import type { Open311ErrorBody } from '../../wire/errors.js';
import type { VoteRound } from '../../wire/votes.js';

const invalid = (description: string): Open311ErrorBody => ({
  code: 'ballot_invalid',
  description,
});

export function ballotProblems(
  round: VoteRound,
  choices: readonly string[],
  now: Date,
): Open311ErrorBody[] {
  if (now.getTime() >= Date.parse(round.closes_datetime)) {
    return [{ code: 'round_closed', description: `Round ${round.round_id} is closed.` }];
  }
  const problems: Open311ErrorBody[] = [];
  if (choices.length === 0) problems.push(invalid('A ballot chooses at least one proposal.'));
  if (choices.length > round.max_choices) {
    problems.push(invalid(`A ballot chooses at most ${round.max_choices} proposals.`));
  }
  if (new Set(choices).size !== choices.length) {
    problems.push(invalid('A proposal is chosen more than once.'));
  }
  const known = new Set(round.proposals.map((proposal) => proposal.proposal_id));
  for (const choice of choices) {
    if (!known.has(choice)) {
      problems.push(invalid(`No proposal "${choice}" in round ${round.round_id}.`));
    }
  }
  return problems;
}
