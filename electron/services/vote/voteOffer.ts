// The open round as the tile shows it: asked of the centre each time the tile opens, each
// proposal's picture fetched once and kept inline (a data: URL, since the page's CSP loads no
// remote image, and so the pictures are there offline too); the cached copy stands in while the
// centre is unreachable, and a platform without the vote extension has none at all.
import type { Database } from 'better-sqlite3';
import { VoteRound, type VoteOffer } from '../../../contract/index.js';
import {
  forgetRound,
  readRound as readCachedRound,
  saveRound,
} from '../../../db/repositories/votes.js';
import type { Logger } from '../logger.js';
import type { VoteGateway } from '../upload/centreGateway.js';
import { readRound } from './readRound.js';
import { z } from 'zod';

export interface VoteOfferDeps {
  db: Database;
  gateway: VoteGateway | undefined;
  /** false: this kiosk has no voter key, so it cannot take ballots. */
  canVote: boolean;
  logger: Logger;
  now: () => Date;
}

/** What the cache keeps: the round as shown, and where each picture came from. */
const CachedRound = z.object({ round: VoteRound, picturePaths: z.record(z.string(), z.string()) });
type CachedRound = z.infer<typeof CachedRound>;

export function cachedRound(db: Database): CachedRound | null {
  const parsed = CachedRound.safeParse(readCachedRound(db));
  return parsed.success ? parsed.data : null;
}

async function withPictures(
  deps: VoteOfferDeps & { gateway: VoteGateway },
  round: VoteRound,
  paths: Map<string, string>,
): Promise<CachedRound> {
  const previous = cachedRound(deps.db);
  const proposals = [];
  for (const proposal of round.proposals) {
    const path = paths.get(proposal.id);
    const kept = previous?.round.proposals.find((p) => p.id === proposal.id)?.picture ?? null;
    let picture: string | null = null;
    if (path && previous?.picturePaths[proposal.id] === path && kept) picture = kept;
    else if (path) {
      try {
        picture = await deps.gateway.getPicture(path);
      } catch (error) {
        deps.logger.warn('a proposal picture could not be fetched', {
          proposal: proposal.id,
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
    }
    proposals.push({ ...proposal, picture });
  }
  return { round: { ...round, proposals }, picturePaths: Object.fromEntries(paths) };
}

export async function voteOffer(deps: VoteOfferDeps): Promise<VoteOffer> {
  const { db, gateway, logger } = deps;
  if (!gateway) return { kind: 'none', reason: 'not-offered' };
  try {
    const reply = await gateway.getRounds();
    if (reply.kind === 'unsupported') {
      forgetRound(db);
      return { kind: 'none', reason: 'not-offered' };
    }
    const read = readRound(reply.rounds, deps.now(), logger);
    if (!read) {
      forgetRound(db);
      return { kind: 'none', reason: 'no-round' };
    }
    // A round this kiosk cannot take ballots for (no voter key) is not shown.
    if (!deps.canVote) return { kind: 'none', reason: 'not-set-up' };
    const cached = await withPictures({ ...deps, gateway }, read.round, read.picturePaths);
    saveRound(db, cached.round.roundId, cached, deps.now());
    return { kind: 'open', round: cached.round, live: true };
  } catch (error) {
    const cached = cachedRound(db);
    const open = cached && Date.parse(cached.round.closesAt) > deps.now().getTime();
    logger.warn('the centre did not answer for its vote round; using the cached copy', {
      cached: cached !== null,
      error: error instanceof Error ? error.name : 'unknown',
    });
    return open
      ? { kind: 'open', round: cached.round, live: false }
      : { kind: 'none', reason: 'unreachable' };
  }
}
