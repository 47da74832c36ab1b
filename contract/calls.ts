// The one list of calls the UI can make. The preload bridge, the local HTTP host, the services and
// the renderer's client are all typed from this table, so none of them can drift from the others.
// It is the production contract: the demo-only calls live in demo/contract/demoCalls.ts and exist
// only on a kiosk in demo mode.
import { z } from 'zod';
import { ReadCardInput, ReadCardResult, ReaderStateName } from './cardReading.js';
import { KioskInfo } from './kioskInfo.js';
import {
  Catalog,
  EmergencyDraft,
  RatingDraft,
  ReceiptOutcome,
  RequestDraft,
  RequestStatus,
  StatusSlipQuery,
  SubmittedRequest,
  TicketQuery,
} from './requests.js';
import { WaitCardReaderStateInput } from './readerStateWaiting.js';
import { WaitReceiptOutcomeInput } from './receiptWaiting.js';
import { VisitSettings, VisitSettingsChange } from './settings.js';
import { speechCalls } from './speech.js';
import { staffCalls } from './staff.js';
import { staffToolCalls } from './staffTools.js';
import { assistedCalls } from './assisted.js';
import { contactCalls } from './contact.js';
import { dangerCheckCalls } from './dangerCheck.js';
import { surveyCalls } from './survey.js';
import { voteCalls } from './vote.js';
import { appointmentsCalls } from './appointments.js';
import { takeNumberCalls } from './takeNumber.js';

const NoInput = z.object({}).strict();

export const kioskCalls = {
  getKioskInfo: { input: NoInput, output: KioskInfo },
  getSettings: { input: NoInput, output: VisitSettings },
  updateSettings: { input: VisitSettingsChange, output: VisitSettings },
  /** Ends the visit: the next resident starts from the kiosk's defaults, and any card read
   *  during the visit is forgotten. */
  endVisit: { input: NoInput, output: VisitSettings },

  /** The five categories and their common needs, for the "Ask for help" screens. */
  getCatalog: { input: NoInput, output: Catalog },

  /** Waits up to waitMs for a card on the reader and reads it. */
  readCard: { input: ReadCardInput, output: ReadCardResult },
  /** The reader's state right now, for "keep the card still" and "please take your card". */
  getCardReaderState: { input: NoInput, output: z.object({ state: ReaderStateName }) },
  /** The same, answered once it is no longer `seenState` (or after waitMs as it is). */
  waitCardReaderState: {
    input: WaitCardReaderStateInput,
    output: z.object({ state: ReaderStateName }),
  },

  /** Saves the request durably, matches it, prints the receipt; never waits for the network. */
  submitRequest: { input: RequestDraft, output: SubmittedRequest },
  /** One press: an emergency request with whatever identity is at hand, first in the queue. */
  submitEmergency: { input: EmergencyDraft, output: SubmittedRequest },
  /** How a receipt's printing ended, for the result screen to show "take your receipt" or the
   *  receipt in large print with "the printer needs staff". */
  getReceiptOutcome: {
    input: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    output: ReceiptOutcome,
  },
  /** The same outcome, answered once it is no longer `seenState` (or after waitMs as it is):
   *  the result screen shows the printer's answer as soon as there is one. */
  waitReceiptOutcome: { input: WaitReceiptOutcomeInput, output: ReceiptOutcome },
  /** From the local status cache; works offline. A ticket alone tells only the stage. */
  getRequestStatus: { input: TicketQuery, output: RequestStatus },
  /** Prints a progress slip for a request (ticket, stages, handler's note); never waits for the
   *  printer. Needs the QR code or a proof (RequestProof). */
  printStatusSlip: { input: StatusSlipQuery, output: ReceiptOutcome },
  /** The requests made at this kiosk with the card read in this visit. */
  findMyRequests: {
    input: z.object({ cardToken: z.string().min(1).max(100) }).strict(),
    output: z.object({ requests: z.array(RequestStatus) }),
  },
  /** Rates a finished request; stored and queued for the centre like any submission. */
  rateRequest: {
    input: RatingDraft,
    output: z.object({ ticket: z.string(), stars: z.number().int(), tags: z.array(z.string()) }),
  },

  /** Staff assisted-entry mode (contract/staff.ts): sign-in, session, staff-only views. */
  ...staffCalls,
  /** Staff looking after the kiosk (contract/staffTools.ts): devices, settings, demand view. */
  ...staffToolCalls,
  /** Staff entering a journey for a resident (contract/assisted.ts). */
  ...assistedCalls,

  /** Read-aloud's speech engine where the shell has no voice (contract/speech.ts). */
  ...speechCalls,
  /** "Contact the centre": hotline, grid worker, service points, the contact slip. */
  ...contactCalls,
  /** Danger words while the resident types (contract/dangerCheck.ts). */
  ...dangerCheckCalls,
  /** The needs survey (contract/survey.ts). */
  ...surveyCalls,
  /** The micro-projects vote (contract/vote.ts). */
  ...voteCalls,
  /** Appointments and home visits (contract/appointments.ts). */
  ...appointmentsCalls,
  /** Take a number for the front-desk window (contract/takeNumber.ts). */
  ...takeNumberCalls,
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
