// The micro-projects vote extension's wire as the kiosk reads and writes it (the reference
// centre's own copy is centre/wire/votes.ts). Rounds are read loosely here, only as "a list":
// each round and proposal is read tolerantly by the kiosk (electron/services/vote), so one broken
// proposal costs that proposal only. Results are read tolerantly too. What the kiosk sends is
// checked strictly: a ballot id, a voter token (never an ID number), the choices and a day.
import { z } from 'zod';

export const VoteRoundList = z.array(z.unknown());

export const BallotOut = z
  .object({
    ballotId: z.uuid(),
    voter: z.string().regex(/^[0-9a-f]{64}$/),
    choices: z
      .array(z.string().regex(/^[^,]{1,60}$/))
      .min(1)
      .max(30),
    castOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .strict();
export type BallotOut = z.infer<typeof BallotOut>;

export const BallotReply = z.array(z.looseObject({ ballot_id: z.string().min(1) })).min(1);

export const RoundResultsReply = z
  .array(
    z.looseObject({
      round_id: z.string().min(1),
      ballots: z.coerce.number().int().min(0).catch(0),
      results: z.array(
        z.looseObject({
          proposal_id: z.coerce.string().min(1),
          votes: z.coerce.number().int().min(0),
        }),
      ),
    }),
  )
  .min(1);
