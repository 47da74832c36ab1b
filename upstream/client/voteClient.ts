// The kiosk's client for the micro-projects vote extension (upstream/wire/votes.ts): the open
// rounds, a proposal's picture, one ballot under an Idempotency-Key, the look-up of a ballot by
// its random id, and a round's results. A platform without the extension answers 404, which is
// "unsupported" here, not a failure; every other failure is a CentreError like the rest of the
// client's (a second ballot is the centre's permanent refusal `already_voted`).
import { idempotencyHeader } from '../wire/requestForm.js';
import {
  BallotOut,
  BallotReply,
  RoundResultsReply,
  VoteRoundList,
  type BallotOut as Ballot,
} from '../wire/votes.js';
import type { CentreClientOptions } from './centreClient.js';
import { checkedPayload, extensionMissingUnless, segment, transportOf } from './extensionClient.js';
import { checkIdempotencyKey } from './localChecks.js';
import { parseReply } from './parseReply.js';
import { pictureDataUrl } from './pictureReply.js';
import { refuseUnlessOk } from './refusal.js';
import { exchange, exchangeBytes } from './transport.js';

export type RoundListResult = { kind: 'listed'; rounds: unknown[] } | { kind: 'unsupported' };
export type BallotSendResult = { kind: 'accepted' } | { kind: 'unsupported' };
export type BallotFindResult = 'found' | 'absent' | 'unsupported';
export interface RoundResults {
  ballots: number;
  votes: { proposalId: string; votes: number }[];
}

export interface VoteClient {
  getRounds(): Promise<RoundListResult>;
  /** A picture by the path the round gave, as a data: URL; null when there is none to show. */
  getPicture(path: string): Promise<string | null>;
  postBallot(roundId: string, ballot: Ballot, idempotencyKey: string): Promise<BallotSendResult>;
  findBallot(roundId: string, ballotId: string): Promise<BallotFindResult>;
  getResults(roundId: string): Promise<RoundResults | null>;
}

const voteCodes = /^(round|ballot|proposal|already_voted)/;
/** A 404 that is the extension missing, not a code the vote extension itself sends. */
const extensionMissing = extensionMissingUnless((code) => voteCodes.test(code));

/** A picture path the round named: relative, under the extension, nothing else. */
const picturePath =
  /^x\/vote-rounds\/[A-Za-z0-9._~%-]+\/pictures\/[A-Za-z0-9._~%-]+\.(?:svg|png|jpe?g|webp)$/;
/** A photograph sized for a card on the screen; a camera's original is refused as too large. */
const pictureMaxBytes = 512 * 1024;

export function ballotForm(ballot: Ballot, apiKey: string): URLSearchParams {
  const checked = checkedPayload(BallotOut, ballot, 'Ballot');
  return new URLSearchParams([
    ['api_key', apiKey],
    ['ballot_id', checked.ballotId],
    ['voter', checked.voter],
    ['choices', checked.choices.join(',')],
    ['cast_on', checked.castOn],
  ]);
}

export function createVoteClient(options: CentreClientOptions): VoteClient {
  const transport = transportOf(options, 512 * 1024);
  const auth = { api_key: options.apiKey };
  const round = (roundId: string) => `x/vote-rounds/${segment(roundId)}`;
  return {
    async getRounds() {
      const answer = await exchange(transport, {
        method: 'GET',
        path: 'x/vote-rounds.json',
        query: auth,
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      refuseUnlessOk(transport, answer);
      return { kind: 'listed', rounds: parseReply(answer, VoteRoundList) };
    },

    async getPicture(path) {
      if (!picturePath.test(path)) return null;
      const answer = await exchangeBytes(transport, {
        method: 'GET',
        path,
        query: auth,
        headers: { Accept: 'image/*' },
        maxReplyBytes: pictureMaxBytes,
      });
      if (answer.status === 404) return null;
      refuseUnlessOk(transport, { ...answer, text: answer.bytes.toString('utf8') });
      return pictureDataUrl(answer.headers.get('content-type') ?? '', answer.bytes);
    },

    async postBallot(roundId, ballot, idempotencyKey) {
      checkIdempotencyKey(idempotencyKey);
      const answer = await exchange(transport, {
        method: 'POST',
        path: `${round(roundId)}/ballots.json`,
        headers: { [idempotencyHeader]: idempotencyKey },
        form: ballotForm(ballot, options.apiKey),
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      refuseUnlessOk(transport, answer);
      parseReply(answer, BallotReply);
      return { kind: 'accepted' };
    },

    async findBallot(roundId, ballotId) {
      const answer = await exchange(transport, {
        method: 'GET',
        path: `${round(roundId)}/ballots/${segment(ballotId)}.json`,
        query: auth,
      });
      if (extensionMissing(answer)) return 'unsupported';
      if (answer.status === 404) return 'absent';
      refuseUnlessOk(transport, answer);
      parseReply(answer, BallotReply);
      return 'found';
    },

    async getResults(roundId) {
      const answer = await exchange(transport, {
        method: 'GET',
        path: `${round(roundId)}/results.json`,
        query: auth,
      });
      if (answer.status === 404) return null;
      refuseUnlessOk(transport, answer);
      const [first] = parseReply(answer, RoundResultsReply);
      if (!first) return null;
      return {
        ballots: first.ballots,
        votes: first.results.map((r) => ({ proposalId: r.proposal_id, votes: r.votes })),
      };
    },
  };
}
