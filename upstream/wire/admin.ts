// Staff and test calls (extension, api_key required): move a request through the three stages,
// and count what the centre holds (fault-injection tests read it to prove "exactly once").
import { z } from 'zod';
import { WireStage } from './vocabulary.js';

export const StageForm = z.object({
  stage: WireStage,
  note: z.string().trim().max(500).optional(),
});

export const CentreStats = z.looseObject({
  requests: z.number().int().nonnegative(),
  by_stage: z.record(WireStage, z.number().int().nonnegative()),
  ratings: z.number().int().nonnegative(),
  tokens_pending: z.number().int().nonnegative(),
  idempotency_records: z.number().int().nonnegative(),
  chaos: z.looseObject({
    decided: z.number().int().nonnegative(),
    faults: z.record(z.string(), z.looseObject({ before: z.number(), after: z.number() })),
  }),
});
export type CentreStats = z.output<typeof CentreStats>;
