// Take a number (取号) for the front-desk window (一窗受理), as the page sees it: the window
// services with how many wait (from the centre, or estimated here while it is unreachable:
// `estimated` is then true and the screen says 约), or a plain "not offered here" with the
// reason; and the number taken, with the wait ahead and how its ticket is printing.
import { z } from 'zod';
import { LocalizedText } from './community.js';
import { Language } from './settings.js';
import { ReceiptOutcome } from './requests.js';

const Code = z.string().min(1).max(60);

export const QueueServiceView = z.object({
  code: Code,
  name: LocalizedText,
  window: z.string().min(1).max(20),
  /** Elderly and disabled residents may take a priority number for this service. */
  priorityAllowed: z.boolean(),
  /** How many wait now; estimated (约) when the centre could not be asked. */
  waiting: z.number().int().min(0),
  estimated: z.boolean(),
});
export type QueueServiceView = z.infer<typeof QueueServiceView>;

export const QueueOffer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('open'), services: z.array(QueueServiceView).min(1) }),
  z.object({
    kind: z.literal('none'),
    /** not-offered: the centre takes no numbers (plain Open311); unreachable: none cached. */
    reason: z.enum(['not-offered', 'unreachable']),
  }),
]);
export type QueueOffer = z.infer<typeof QueueOffer>;

export const TakeNumberInput = z
  .object({ serviceCode: Code, priority: z.boolean(), language: Language })
  .strict();
export type TakeNumberInput = z.infer<typeof TakeNumberInput>;

export const TakenNumber = z.object({
  /** Printed and shown large: B017 from the centre, B07-A03 issued here while offline. */
  number: z.string().min(2).max(20),
  serviceName: LocalizedText,
  window: z.string().min(1).max(20),
  priority: z.boolean(),
  /** The centre's local day, YYYY-MM-DD. */
  serviceDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  waitingAhead: z.number().int().min(0),
  /** true: the wait was estimated here (约); the centre will get the number when it is back. */
  estimated: z.boolean(),
  receipt: ReceiptOutcome,
});
export type TakenNumber = z.infer<typeof TakenNumber>;

const NoInput = z.object({}).strict();

export const takeNumberCalls = {
  /** The window services and how many wait (asked of the centre, or the cached list). */
  getQueue: { input: NoInput, output: QueueOffer },
  /** A number for one service, from the centre or issued here offline; prints its ticket. */
  takeNumber: { input: TakeNumberInput, output: TakenNumber },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
