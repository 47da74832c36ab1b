// The calls only a demo kiosk answers: putting a demo card on the simulated reader, and reading
// back what the simulated printer received. They are not in the production contract
// (contract/calls.ts): a kiosk outside demo mode has no such calls at all, so "unknown-call" is
// all a page can get from them. The renderer imports this file for its types only.
import { z } from 'zod';
import type { KioskCallName, KioskCalls } from '../../contract/calls.js';
import { demoCardIds } from '../../contract/constants.js';

export const PlaceDemoCardInput = z.object({ cardId: z.enum(demoCardIds).nullable() }).strict();

export const DemoReceipt = z.object({
  lines: z.array(z.string()),
  qrPayloads: z.array(z.string()),
  cut: z.boolean(),
});

const NoInput = z.object({}).strict();

export const demoCalls = {
  /** Puts a demo card on (or, with null, takes it off) the simulated reader. */
  placeDemoCard: { input: PlaceDemoCardInput, output: z.object({ placed: z.boolean() }) },
  /** What the simulated printer received, decoded, newest last (a preview for the screen and a
   *  check for tests). */
  listDemoReceipts: { input: NoInput, output: z.object({ receipts: z.array(DemoReceipt) }) },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type DemoCalls = typeof demoCalls;
export type DemoCallName = keyof DemoCalls;
export const demoCallNames = Object.keys(demoCalls) as DemoCallName[];

/** Every call a demo kiosk answers: the production contract plus the demo calls. */
export type DemoKioskCalls = KioskCalls & DemoCalls;
export type DemoKioskCallName = KioskCallName | DemoCallName;
export type DemoKioskCallInput<N extends DemoKioskCallName> = z.input<DemoKioskCalls[N]['input']>;
export type DemoKioskCallOutput<N extends DemoKioskCallName> = z.output<
  DemoKioskCalls[N]['output']
>;

/** What the demo services implement: input already validated, output checked on the way out. */
export type DemoServices = {
  [N in DemoCallName]: (
    input: z.output<DemoCalls[N]['input']>,
  ) => z.output<DemoCalls[N]['output']> | Promise<z.output<DemoCalls[N]['output']>>;
};
