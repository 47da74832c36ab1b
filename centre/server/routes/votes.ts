// The micro-projects vote extension (centre/wire/votes.ts): the open rounds, each proposal's
// picture, one ballot per voter token per round under an Idempotency-Key like every POST (a
// retried POST replays the first answer and is never counted twice), a look-up by ballot id for
// a kiosk whose reply was lost, and the votes per proposal. A second ballot by the same voter in
// the same round is refused with the typed 409 `already_voted`, whichever kiosk it came from.
import type { Open311ErrorBody } from '../../wire/errors.js';
import { uuidPattern } from '../../wire/requestForm.js';
import {
  BallotChoices,
  BallotDay,
  VoterToken,
  ballotFields,
  confirmationCode,
} from '../../wire/votes.js';
import type { CentreDeps } from '../centreDeps.js';
import { type CallContext, formOf, isFormEncoded, repeatedNames } from '../http/context.js';
import { type Reply, errorReply, errorsReply, jsonReply } from '../http/reply.js';
import { idempotentPost } from '../requests/idempotentPost.js';
import {
  ballotExists,
  countBallots,
  insertBallot,
  roundTally,
  voterHasBallot,
} from '../store/voteBallots.js';
import { ballotProblems } from '../votes/ballotRules.js';
import { openRounds, roundNamed } from '../votes/currentRound.js';
import { proposalPicture } from '../votes/proposalPicture.js';

export function getVoteRounds(deps: CentreDeps): Reply {
  return jsonReply(200, openRounds(deps.now()));
}

export function getProposalPicture(_deps: CentreDeps, ctx: CallContext): Reply {
  const round = roundNamed(ctx.params.round);
  const proposalId = ctx.params.proposal ?? '';
  const svg = round?.proposals.some((p) => p.proposal_id === proposalId)
    ? proposalPicture(proposalId)
    : undefined;
  if (!svg) return errorReply('proposal_not_found', `No picture for ${proposalId}.`);
  return {
    status: 200,
    headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400' },
    body: svg,
  };
}

type BallotForm =
  | { ok: true; ballotId: string; voter: string; choices: string[]; castOn: string }
  | { ok: false; errors: Open311ErrorBody[] };

function readBallotForm(form: URLSearchParams): BallotForm {
  const errors: Open311ErrorBody[] = repeatedNames(form).map((name) => ({
    code: 'form_invalid',
    description: `${name} appears more than once.`,
  }));
  for (const name of form.keys()) {
    if (!(ballotFields as readonly string[]).includes(name)) {
      errors.push({ code: 'form_invalid', description: `Unknown field "${name}".` });
    }
  }
  const invalid = (description: string) => errors.push({ code: 'ballot_invalid', description });
  const ballotId = form.get('ballot_id')?.trim().toLowerCase() ?? '';
  if (!uuidPattern.test(ballotId)) invalid('ballot_id must be a UUID.');
  const voter = VoterToken.safeParse(form.get('voter') ?? '');
  if (!voter.success) invalid('voter is a 64-digit hex token.');
  const castOn = form.get('cast_on') ?? '';
  if (!BallotDay.safeParse(castOn).success) invalid('cast_on is a day only.');
  const choices = BallotChoices.safeParse(form.get('choices') ?? '');
  if (!choices.success) invalid('choices lists the chosen proposal ids.');
  return errors.length > 0 || !voter.success || !choices.success
    ? { ok: false, errors }
    : { ok: true, ballotId, voter: voter.data, choices: choices.data, castOn };
}

export async function postBallot(deps: CentreDeps, ctx: CallContext): Promise<Reply> {
  if (!isFormEncoded(ctx)) {
    return errorReply('content_type_unsupported', 'Ballots are sent form-encoded.');
  }
  const roundId = ctx.params.round ?? '';
  const form = formOf(ctx);
  return idempotentPost(deps, ctx, `POST /x/vote-rounds/${roundId}/ballots`, form, () => {
    const round = roundNamed(roundId);
    if (!round) return errorReply('round_not_found', `No vote round ${roundId}.`);
    const ballot = readBallotForm(form);
    if (!ballot.ok) return errorsReply(ballot.errors);
    const problems = ballotProblems(round, ballot.choices, deps.now());
    if (problems.length > 0) return errorsReply(problems);
    if (ballotExists(deps.db, roundId, ballot.ballotId)) {
      return errorReply('ballot_exists', 'This ballot is already counted.');
    }
    if (voterHasBallot(deps.db, roundId, ballot.voter)) {
      return errorReply('already_voted', 'This resident has already voted in this round.');
    }
    insertBallot(deps.db, {
      ballotId: ballot.ballotId,
      roundId,
      voterToken: ballot.voter,
      castOn: ballot.castOn,
      receivedOn: deps.now().toISOString().slice(0, 10),
      choices: ballot.choices,
    });
    deps.log(`ballot counted in ${roundId}`);
    return jsonReply(201, [
      {
        ballot_id: ballot.ballotId,
        round_id: roundId,
        confirmation_code: confirmationCode(ballot.ballotId),
      },
    ]);
  });
}

export function getBallot(deps: CentreDeps, ctx: CallContext): Reply {
  const roundId = ctx.params.round ?? '';
  const ballotId = (ctx.params.ballot ?? '').toLowerCase();
  if (!ballotExists(deps.db, roundId, ballotId)) {
    return errorReply('ballot_not_found', `No ballot ${ballotId}.`);
  }
  return jsonReply(200, [
    { ballot_id: ballotId, round_id: roundId, confirmation_code: confirmationCode(ballotId) },
  ]);
}

export function getRoundResults(deps: CentreDeps, ctx: CallContext): Reply {
  const round = roundNamed(ctx.params.round);
  if (!round) return errorReply('round_not_found', `No vote round ${ctx.params.round ?? ''}.`);
  const tally = roundTally(deps.db, round.round_id);
  return jsonReply(200, [
    {
      round_id: round.round_id,
      ballots: countBallots(deps.db, round.round_id),
      results: round.proposals.map((proposal) => ({
        proposal_id: proposal.proposal_id,
        votes: tally.get(proposal.proposal_id) ?? 0,
      })),
    },
  ]);
}
