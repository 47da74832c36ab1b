// "Keep the card still" as soon as the reader starts reading: instead of asking for the reader's
// state every 300 ms, the card screen asks once and is answered when the state is no longer the
// one it shows (or after waitMs, as it is). Carried by both shells like any call.
import { z } from 'zod';
import { ReaderStateName } from './cardReading.js';

export const readerStateWaitMaxMs = 30_000;

export const WaitCardReaderStateInput = z
  .object({
    /** The state the screen shows now. */
    seenState: ReaderStateName,
    waitMs: z.number().int().min(0).max(readerStateWaitMaxMs).default(10_000),
  })
  .strict();
export type WaitCardReaderStateInput = z.input<typeof WaitCardReaderStateInput>;
