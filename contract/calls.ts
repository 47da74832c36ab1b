// The one list of calls the UI can make. The preload bridge, the local HTTP host, the services and
// the renderer's client are all typed from this table, so none of them can drift from the others.
import { z } from 'zod';
import { KioskInfo } from './kioskInfo.js';
import { VisitSettings, VisitSettingsChange } from './settings.js';

const NoInput = z.object({}).strict();

export const kioskCalls = {
  getKioskInfo: { input: NoInput, output: KioskInfo },
  getSettings: { input: NoInput, output: VisitSettings },
  updateSettings: { input: VisitSettingsChange, output: VisitSettings },
  /** Ends the visit: the next resident starts from the kiosk's defaults. */
  endVisit: { input: NoInput, output: VisitSettings },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type KioskCalls = typeof kioskCalls;
export type KioskCallName = keyof KioskCalls;
export const kioskCallNames = Object.keys(kioskCalls) as KioskCallName[];

export type CallInput<N extends KioskCallName> = z.input<KioskCalls[N]['input']>;
export type CallOutput<N extends KioskCallName> = z.output<KioskCalls[N]['output']>;

/** What a caller sees: every call is async, whatever the transport. */
export type KioskApi = {
  [N in KioskCallName]: (input: CallInput<N>) => Promise<CallOutput<N>>;
};

/** What the services implement: input already validated, output checked on the way out. */
export type KioskServices = {
  [N in KioskCallName]: (
    input: z.output<KioskCalls[N]['input']>,
  ) => CallOutput<N> | Promise<CallOutput<N>>;
};

export function isKioskCallName(name: string): name is KioskCallName {
  return Object.hasOwn(kioskCalls, name);
}
