// Reading the resident's ID card. The page gets a name, a masked number and an opaque token for
// this visit; the full number stays in the kiosk's services.
import { z } from 'zod';
import { cardErrorCategories, demoCardIds, readerStates } from './constants.js';

export const ReaderStateName = z.enum(readerStates);
export type ReaderStateName = z.infer<typeof ReaderStateName>;

export const ReadCardInput = z
  .object({ waitMs: z.number().int().min(500).max(60_000).default(20_000) })
  .strict();

export const CardHolder = z.object({
  /** Refers to the card for this visit only; forgotten when the visit ends. */
  token: z.string(),
  name: z.string(),
  /** First 6 and last 4 characters at most, e.g. 110105********002X. */
  maskedIdNumber: z.string(),
  kind: z.enum(['resident', 'hk-macao-taiwan-permit', 'foreign-permanent-residence']),
  /** The grid of the card's address, when the kiosk can tell. */
  gridId: z.string().nullable(),
});
export type CardHolder = z.infer<typeof CardHolder>;

export const ReadCardResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('card'), card: CardHolder }),
  /** Nothing was placed in time. */
  z.object({ outcome: z.literal('no-card') }),
  z.object({
    outcome: z.literal('error'),
    /** A stable code from the reader (e.g. invalid-id-number, checksum-error, disconnected). */
    code: z.string(),
    /** What the resident should do: try the card again, use another card, or use a phone number. */
    category: z.enum(cardErrorCategories),
  }),
]);
export type ReadCardResult = z.infer<typeof ReadCardResult>;

export { cardErrorCategories, demoCardIds, readerStates };
