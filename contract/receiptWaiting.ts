// The result screen's wait for the printer: instead of asking "how did it end?" every half
// second, the page asks once and the answer comes when the outcome changes (or after waitMs, with
// the outcome as it still is). Both shells carry it like any call: a pending IPC invoke in
// Electron, a pending HTTP request against the local host.
import { z } from 'zod';

export const receiptWaitMaxMs = 30_000;

export const WaitReceiptOutcomeInput = z
  .object({
    jobId: z.string().min(1).max(100),
    /** The state the page shows now; the answer comes once the job is in another one. */
    seenState: z.enum(['printing', 'printed', 'failed']),
    waitMs: z.number().int().min(0).max(receiptWaitMaxMs).default(10_000),
  })
  .strict();
export type WaitReceiptOutcomeInput = z.input<typeof WaitReceiptOutcomeInput>;
