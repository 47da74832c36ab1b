// Staff assisted entry (代办): a signed-in staff member enters a resident's request at the kiosk.
// The page only asks; the kiosk's services decide. A request or an emergency marked "assisted"
// carries the staff session token and how the resident confirmed what will be sent, and the host
// refuses it without a live session, without a phone number or with a card that is not theirs.
import { z } from 'zod';

const StaffToken = z.string().min(16).max(200);

/** The journeys staff may enter on a resident's behalf. */
export const assistedJourneys = ['askForHelp', 'emergency', 'checkRequest'] as const;
export const AssistedJourney = z.enum(assistedJourneys);
export type AssistedJourney = z.infer<typeof AssistedJourney>;

/**
 * How the resident said "this is my request": a tap on the screen made for them (with how long
 * the read-back was on screen before the tap, as the page measured it), or their own ID card.
 */
export const ResidentConfirmation = z.discriminatedUnion('by', [
  z
    .object({
      by: z.literal('resident-tap'),
      readBackMs: z.number().int().min(0).max(600_000),
    })
    .strict(),
  z.object({ by: z.literal('resident-card'), cardToken: z.string().min(1).max(100) }).strict(),
]);
export type ResidentConfirmation = z.infer<typeof ResidentConfirmation>;

/** Added to a request or an emergency entered by staff. */
export const AssistedSubmission = z
  .object({ token: StaffToken, confirmation: ResidentConfirmation })
  .strict();
export type AssistedSubmission = z.infer<typeof AssistedSubmission>;

export const assistedCalls = {
  /** Staff start a journey for a resident: checked against the session and audited. */
  staffStartAssisted: {
    input: z.object({ token: StaffToken, journey: AssistedJourney }).strict(),
    output: z.object({ journey: AssistedJourney, staff: z.object({ name: z.string() }) }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
