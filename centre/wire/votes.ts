// The micro-projects vote extension's wire (民生微实事): GET /x/vote-rounds.json lists the open
// rounds with their proposals, GET …/pictures/{proposal}.svg is a proposal's picture, POST
// /x/vote-rounds/{round_id}/ballots.json takes one ballot under an Idempotency-Key, GET
// …/ballots/{ballot_id}.json says whether a ballot is there (a kiosk whose reply was lost asks
// before it would send again), GET …/results.json the votes per proposal. A ballot carries a
// voter token (never an ID number), the choices and a day; the form refuses any other field.
import { z } from 'zod';

/** Texts as the centre writes them: Simplified Chinese, and English where someone wrote it. */
export interface VoteText {
  'zh-CN': string;
  'zh-TW'?: string;
  en?: string;
}

export interface VoteProposal {
  proposal_id: string;
  title: VoteText;
  description: VoteText;
  /** Whole yuan. */
  cost_yuan: number;
  /** Relative to the centre's base URL. */
  picture_path: string;
}

export interface VoteRound {
  round_id: string;
  title: VoteText;
  closes_datetime: string;
  max_choices: number;
  proposals: VoteProposal[];
}

export const ballotFields = [
  'api_key',
  'jurisdiction_id',
  'ballot_id',
  'voter',
  'choices',
  'cast_on',
] as const;

export const BallotDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** HMAC-SHA256, hex. */
export const VoterToken = z.string().regex(/^[0-9a-f]{64}$/);
/** Proposal ids, comma-separated. */
export const BallotChoices = z
  .string()
  .min(1)
  .max(600)
  .transform((value) => value.split(','));

/** The code on the resident's receipt: the ballot id's first eight hex digits, "7F3A-09C2". */
export function confirmationCode(ballotId: string): string {
  const hex = ballotId.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
