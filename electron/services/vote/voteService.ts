// The micro-projects vote's services (民生微实事): the open round (voteOffer.ts), one ballot per
// resident per round (castBallot.ts), and the votes per proposal the centre publishes.
import type { Database } from 'better-sqlite3';
import type { BallotDraft, BallotResult, VoteOffer, VoteResults } from '../../../contract/index.js';
import type { VoteGateway } from '../upload/centreGateway.js';
import { type CastBallotDeps, castBallot } from './castBallot.js';
import { cachedRound, voteOffer } from './voteOffer.js';

export interface VoteServiceDeps extends CastBallotDeps {
  db: Database;
  /** Absent: no centre configured; the tile then says there is no vote here. */
  gateway: VoteGateway | undefined;
}

export interface VoteService {
  getVoteRound(): Promise<VoteOffer>;
  castBallot(draft: BallotDraft): Promise<BallotResult>;
  getVoteResults(roundId: string): Promise<VoteResults>;
}

export function createVoteService(deps: VoteServiceDeps): VoteService {
  return {
    getVoteRound: () => voteOffer({ ...deps, canVote: deps.voterKey !== null }),
    castBallot: (draft) => castBallot(deps, cachedRound(deps.db)?.round ?? null, draft),
    async getVoteResults(roundId) {
      if (!deps.gateway) return { kind: 'unavailable' };
      try {
        const results = await deps.gateway.getResults(roundId);
        return results ? { kind: 'published', roundId, ...results } : { kind: 'unavailable' };
      } catch (error) {
        deps.logger.warn('the centre did not answer for the vote results', {
          error: error instanceof Error ? error.name : 'unknown',
        });
        return { kind: 'unavailable' };
      }
    },
  };
}
