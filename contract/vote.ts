// The community micro-projects vote (民生微实事) as the page sees it: the open round, already read
// tolerantly and in the three kiosk languages, with each proposal's picture as a data: URL the
// kiosk fetched and cached (the page's CSP loads no remote image); or a plain "no vote here" with
// the reason. A ballot names the round, the card read in this visit (a token, never the ID
// number) and the chosen proposals; the answer is a receipt with a confirmation code, or a typed
// refusal the screen says in plain words (already voted, round closed).
import { z } from 'zod';
import { LocalizedText } from './community.js';
import { ReceiptOutcome } from './requests.js';
import { Language } from './settings.js';

const Id = z.string().min(1).max(100);

export const VoteProposal = z.object({
  id: z.string().min(1).max(60),
  title: LocalizedText,
  /** null: the centre wrote none. */
  description: LocalizedText.nullable(),
  /** Whole yuan. */
  costYuan: z.number().int().min(0),
  /** data:image/…;base64,…, or null when the centre had no picture for it. */
  picture: z.string().startsWith('data:image/').nullable(),
});
export type VoteProposal = z.infer<typeof VoteProposal>;

export const VoteRound = z.object({
  roundId: Id,
  title: LocalizedText,
  /** ISO 8601 UTC. */
  closesAt: z.string(),
  maxChoices: z.number().int().min(1).max(30),
  proposals: z.array(VoteProposal).min(1),
});
export type VoteRound = z.infer<typeof VoteRound>;

export const voteNoneReasons = ['not-offered', 'no-round', 'unreachable', 'not-set-up'] as const;

export const VoteOffer = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('open'),
    round: VoteRound,
    /** false: the round came from the cache (the centre is away); ballots are queued. */
    live: z.boolean(),
  }),
  z.object({
    kind: z.literal('none'),
    /** not-offered: the platform has no vote; no-round: none open; unreachable: none cached;
     *  not-set-up: this kiosk has no voter key. */
    reason: z.enum(voteNoneReasons),
  }),
]);
export type VoteOffer = z.infer<typeof VoteOffer>;

export const BallotDraft = z
  .object({
    roundId: Id,
    cardToken: z.string().min(1).max(100),
    choices: z.array(z.string().min(1).max(60)).max(30),
    language: Language,
  })
  .strict();
export type BallotDraft = z.infer<typeof BallotDraft>;

export const BallotResult = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cast'),
    confirmationCode: z.string(),
    /** counted: the centre confirmed it; queued: counted when the centre confirms. */
    state: z.enum(['counted', 'queued']),
    receipt: ReceiptOutcome,
  }),
  /** This resident has voted in this round (known here, or the centre said so just now). */
  z.object({ kind: z.literal('already-voted') }),
  z.object({ kind: z.literal('round-closed') }),
]);
export type BallotResult = z.infer<typeof BallotResult>;

export const VoteResults = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('published'),
    roundId: Id,
    ballots: z.number().int().min(0),
    votes: z.array(z.object({ proposalId: z.string(), votes: z.number().int().min(0) })),
  }),
  z.object({ kind: z.literal('unavailable') }),
]);
export type VoteResults = z.infer<typeof VoteResults>;

const NoInput = z.object({}).strict();

export const voteCalls = {
  /** The open round (fetched, or the cached copy when the centre is away). */
  getVoteRound: { input: NoInput, output: VoteOffer },
  /** One ballot: refused at once if this kiosk knows the resident voted; else saved, queued and
   *  sent, and the vote receipt printed. */
  castBallot: { input: BallotDraft, output: BallotResult },
  /** The votes per proposal the centre publishes for a round (needs the centre). */
  getVoteResults: {
    input: z.object({ roundId: Id }).strict(),
    output: VoteResults,
  },
} as const;
