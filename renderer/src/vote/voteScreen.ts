// The screens of the micro-projects vote (民生微实事), each carrying the round and the choices
// as they stood when it was opened. The 社区议事 tile's first screen (survey/VoiceChoiceScreen)
// opens vote-proposals or vote-results; the vote is a screen group, since the tile's journey is
// the survey's.
import type { BallotResult, CardHolder, VoteRound } from '../../../contract/index.js';

interface Ballot {
  round: VoteRound;
  /** false: the round came from the kiosk's cache; the ballot will be queued. */
  live: boolean;
  choices: string[];
}

export type CastBallot = Extract<BallotResult, { kind: 'cast' }>;

export type VoteScreen =
  | ({ name: 'vote-proposals' } & Ballot)
  | ({ name: 'vote-card' } & Ballot)
  | ({ name: 'vote-confirm'; card: CardHolder } & Ballot)
  | { name: 'vote-done'; round: VoteRound; result: CastBallot }
  | { name: 'vote-refused'; reason: 'already-voted' | 'round-closed' }
  | { name: 'vote-results'; round: VoteRound };
