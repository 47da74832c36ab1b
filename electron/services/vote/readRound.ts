// The centre's open vote round, read tolerantly: the kiosk does not control who writes it. Each
// proposal is read on its own, so a broken one (no readable title, a cost that is not a number)
// is dropped with a log line naming its index, and the others are still shown; a round with no
// proposal left, or none whose closing time is still ahead, is no round. Texts go through the
// platform's text rule; where the centre gave no zh-TW it is converted with opencc-js, where it
// gave no English the Chinese stands. Pictures are only named here (their paths); the service
// fetches and inlines them.
import { z } from 'zod';
import type { VoteProposal, VoteRound } from '../../../contract/index.js';
import type { Logger } from '../logger.js';
import { WireLocalizedText, localizedPlatformText } from '../platform/localizedPlatformText.js';

export const maxProposals = 30;

const WireId = z.union([z.string().trim().min(1).max(60), z.number().int().nonnegative()]);

const WireProposal = z.looseObject({
  proposal_id: WireId,
  title: WireLocalizedText,
  description: WireLocalizedText.optional(),
  cost_yuan: z.coerce.number().min(0).max(1e10),
  picture_path: z.string().max(300).optional().catch(undefined),
});

const WireRound = z.looseObject({
  round_id: z.union([z.string().trim().min(1).max(100), z.number().int().nonnegative()]),
  title: WireLocalizedText,
  closes_datetime: z.string().refine((text) => !Number.isNaN(Date.parse(text))),
  max_choices: z.coerce.number().int().min(1),
  proposals: z.array(z.unknown()),
});

export interface ReadRound {
  round: VoteRound;
  /** Proposal id → the picture's path on the centre, for those that named one. */
  picturePaths: Map<string, string>;
}

/** The first open round the kiosk can show, or null when none is readable. */
export function readRound(rounds: readonly unknown[], now: Date, logger: Logger): ReadRound | null {
  for (const [roundIndex, raw] of rounds.entries()) {
    const parsed = WireRound.safeParse(raw);
    const title = parsed.success ? localizedPlatformText(parsed.data.title, 'serviceName') : null;
    if (!parsed.success || !title) {
      logger.warn('a vote round could not be read; not offered', { index: roundIndex });
      continue;
    }
    const closesAt = new Date(Date.parse(parsed.data.closes_datetime));
    if (closesAt <= now) continue;
    const picturePaths = new Map<string, string>();
    const proposals: VoteProposal[] = [];
    for (const [index, entry] of parsed.data.proposals.slice(0, maxProposals).entries()) {
      const proposal = WireProposal.safeParse(entry);
      const proposalTitle = proposal.success
        ? localizedPlatformText(proposal.data.title, 'serviceName')
        : null;
      const id = proposal.success ? String(proposal.data.proposal_id) : '';
      if (!proposal.success || !proposalTitle || proposals.some((p) => p.id === id)) {
        logger.warn('a vote proposal could not be read; not shown', { index });
        continue;
      }
      const description = proposal.data.description
        ? localizedPlatformText(proposal.data.description, 'description')
        : null;
      proposals.push({
        id,
        title: proposalTitle,
        description,
        costYuan: Math.round(proposal.data.cost_yuan),
        picture: null,
      });
      if (proposal.data.picture_path) picturePaths.set(id, proposal.data.picture_path);
    }
    if (proposals.length === 0) {
      logger.warn('a vote round has no proposal the kiosk can show', { index: roundIndex });
      continue;
    }
    return {
      round: {
        roundId: String(parsed.data.round_id),
        title,
        closesAt: closesAt.toISOString(),
        maxChoices: Math.min(parsed.data.max_choices, proposals.length),
        proposals,
      },
      picturePaths,
    };
  }
  return null;
}
