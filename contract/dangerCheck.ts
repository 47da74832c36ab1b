// The describe screen's one question to the main process while the resident types: do these
// words signal danger to life or home (a faint, gas, a break-in)? Answered by the same danger
// detector that puts the emergency resources first after submit, so the offer on the describe
// screen and the one on the result screen can never disagree. Nothing is saved or logged.
import { z } from 'zod';
import { maxDescriptionLength } from './constants.js';
import { DangerKind, EmergencyNumber, PlainText } from './requests.js';

export const DangerCheckInput = z
  .object({
    description: PlainText().max(maxDescriptionLength, 'description-too-long'),
    /** The need the resident tapped, whose title counts too ("有人摔倒"); null for "something else". */
    needId: z.string().min(1).max(100).nullable().default(null),
  })
  .strict();
export type DangerCheckInput = z.input<typeof DangerCheckInput>;

export const DangerCheck = z.object({
  /** null: no danger words; else the kinds found and the numbers to offer, most urgent first. */
  danger: z
    .object({ kinds: z.array(DangerKind).min(1), calls: z.array(EmergencyNumber).min(1) })
    .nullable(),
});
export type DangerCheck = z.infer<typeof DangerCheck>;

export const dangerCheckCalls = {
  /** Danger words in a description being typed; the screen offers the emergency call at once. */
  checkDanger: { input: DangerCheckInput, output: DangerCheck },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
