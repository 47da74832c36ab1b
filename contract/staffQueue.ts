// The staff calls that look after the queue and the printer: the upload queue with every entry
// not yet settled, a refused entry's details (every error, the form as sent, masked, and the
// mapping), correct-and-resend, release, cancel, "retry now"; the requests made on this kiosk,
// found by ticket, phone digits, date or stage, with masked details; and reprints. Each call
// carries the staff session token and is refused as `unauthorized` without a live one.
import { z } from 'zod';
import { phonePattern } from './constants.js';
import {
  AttributeAnswer,
  AttributeCode,
  AttributeQuestion,
  PlainText,
  ReceiptOutcome,
  RequestCancelReason,
  RequestCancellation,
} from './requests.js';
import { Language } from './settings.js';

const StaffToken = z.string().min(16).max(200);
const OutboxId = z.number().int().min(1);

export const staffQueueStates = ['waiting', 'in-flight', 'held', 'dead'] as const;

export const StaffQueueEntry = z.object({
  outboxId: z.number().int(),
  /** The outbox kind: 'request', 'rating', or a later journey's. */
  kind: z.string().min(1).max(40),
  ticket: z.string(),
  state: z.enum(staffQueueStates),
  createdAt: z.string(),
  ageSeconds: z.number().int().min(0),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  heldReason: z.string().nullable(),
  /** The code it was last sent under, else the one it was saved under; null: the mapping decides. */
  serviceCode: z.string().nullable(),
});
export type StaffQueueEntry = z.infer<typeof StaffQueueEntry>;

export const StaffQueueView = z.object({
  /** False with no centre configured: nothing leaves the kiosk. */
  configured: z.boolean(),
  counts: z.object({
    waiting: z.number().int(),
    inFlight: z.number().int(),
    held: z.number().int(),
    dead: z.number().int(),
  }),
  oldestAgeSeconds: z.number().int().nullable(),
  lastContactAt: z.string().nullable(),
  /** Why the queue is not moving, in the worker's words; null when it is. */
  stalledReason: z.string().nullable(),
  entries: z.array(StaffQueueEntry),
});
export type StaffQueueView = z.infer<typeof StaffQueueView>;

/** The request as the platform received it, masked: no full name or phone, ID numbers redacted. */
export const StaffSentForm = z.object({
  serviceCode: z.string().nullable(),
  description: z.string(),
  maskedName: z.string().nullable(),
  maskedPhone: z.string().nullable(),
  address: z.string().nullable(),
  attributes: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});
export type StaffSentForm = z.infer<typeof StaffSentForm>;

export const StaffServiceOption = z.object({
  code: z.string(),
  name: z.string(),
  group: z.string().nullable(),
  questions: z.array(AttributeQuestion),
});
export type StaffServiceOption = z.infer<typeof StaffServiceOption>;

const MappingFact = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const StaffResendLine = z.object({
  previousIdempotencyKey: z.string(),
  idempotencyKey: z.string(),
  previousServiceCode: z.string().nullable(),
  serviceCode: z.string().nullable(),
  deadReason: z.string(),
  resentAt: z.string(),
  staffId: z.string().nullable(),
  correctedFields: z.array(z.string()),
});

export const StaffQueueEntryDetail = z.object({
  entry: StaffQueueEntry,
  idempotencyKey: z.string(),
  refusal: z
    .object({
      reason: z.string(),
      httpStatus: z.number().int().nullable(),
      errors: z.array(z.object({ code: z.string(), description: z.string() })),
      deadAt: z.string(),
    })
    .nullable(),
  /** What was sent (a refusal), else what would be sent now; null when it cannot be opened. */
  sentForm: StaffSentForm.nullable(),
  /** The mapping that chose the service: code, source, need, category. */
  mapping: z.record(z.string(), MappingFact).nullable(),
  resends: z.array(StaffResendLine),
  /** The services the platform accepts now, with their questions, to refile under. */
  services: z.array(StaffServiceOption),
});
export type StaffQueueEntryDetail = z.infer<typeof StaffQueueEntryDetail>;

export const StaffResendInput = z
  .object({
    token: StaffToken,
    outboxId: OutboxId,
    /** Another service from the platform's catalogue; left out, the saved one (or the mapping). */
    serviceCode: z.string().min(1).max(80).optional(),
    /** The answers to the chosen service's questions, all of them (replaces the old ones). */
    attributes: z.record(AttributeCode, AttributeAnswer).optional(),
    description: PlainText().min(1).max(2000).optional(),
    phone: z.string().trim().regex(phonePattern, 'phone-invalid').optional(),
  })
  .strict();

export const StaffResendResult = z.object({
  ticket: z.string(),
  previousIdempotencyKey: z.string(),
  idempotencyKey: z.string(),
  correctedFields: z.array(z.string()),
});

export const StaffCancelInput = z
  .object({
    token: StaffToken,
    outboxId: OutboxId,
    reason: RequestCancelReason,
    note: PlainText().max(200).optional(),
  })
  .strict();

export const staffRequestStages = ['accepted', 'in-progress', 'done', 'cancelled'] as const;

export const StaffRequestQuery = z
  .object({
    token: StaffToken,
    /** Part of the ticket as typed: "0042" or "A03-1128-0042". */
    ticket: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,20}$/)
      .optional(),
    /** The last digits of the phone number (the only digits kept in clear). */
    phoneDigits: z
      .string()
      .regex(/^[0-9]{1,4}$/)
      .optional(),
    /** The centre's calendar day the request was made on. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    stage: z.enum(staffRequestStages).optional(),
  })
  .strict();

export const StaffRequestMatch = z.object({
  ticket: z.string(),
  createdAt: z.string(),
  serviceDate: z.string(),
  category: z.string(),
  needId: z.string().nullable(),
  urgency: z.enum(['normal', 'urgent']),
  emergency: z.boolean(),
  maskedName: z.string().nullable(),
  maskedPhone: z.string().nullable(),
  stage: z.enum(staffRequestStages).nullable(),
  upload: z.enum(['waiting', 'held', 'sent', 'dead', 'cancelled']).nullable(),
  upstreamId: z.string().nullable(),
});
export type StaffRequestMatch = z.infer<typeof StaffRequestMatch>;

export const StaffPrintJob = z.object({
  jobId: z.string(),
  ticket: z.string().nullable(),
  purpose: z.enum([
    'request',
    'emergency',
    'status',
    'contact',
    'vote',
    'queue-number',
    'appointment',
  ]),
  state: z.enum(['printing', 'printed', 'failed', 'reprinted']),
  problem: z.string().nullable(),
  /** The job this one repeats, when it is a reprint. */
  reprintOf: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffPrintJob = z.infer<typeof StaffPrintJob>;

export const StaffRequestDetail = z.object({
  request: StaffRequestMatch.extend({ language: Language }),
  stages: z.array(z.object({ stage: z.string(), at: z.string().nullable() })),
  cancellation: RequestCancellation.extend({ staffId: z.string() }).nullable(),
  uploads: z.array(StaffQueueEntry),
  printJobs: z.array(StaffPrintJob),
});
export type StaffRequestDetail = z.infer<typeof StaffRequestDetail>;

export const staffQueueCalls = {
  /** The upload queue: counts, oldest age, last contact and every unsettled entry. */
  getStaffQueue: { input: z.object({ token: StaffToken }).strict(), output: StaffQueueView },
  /** One entry: every error the platform gave, the form as sent (masked), the mapping used. */
  getStaffQueueEntry: {
    input: z.object({ token: StaffToken, outboxId: OutboxId }).strict(),
    output: StaffQueueEntryDetail,
  },
  /** Every waiting entry is tried now (a platform's own Retry-After is still honoured). */
  staffRetryNow: {
    input: z.object({ token: StaffToken }).strict(),
    output: z.object({ broughtForward: z.number().int(), released: z.number().int() }),
  },
  /** A refused entry, corrected, goes again: same ticket, a new idempotency key, both kept. */
  staffResendEntry: { input: StaffResendInput, output: StaffResendResult },
  /** A held entry goes again, under another service when one is chosen. */
  staffReleaseHeld: {
    input: z
      .object({
        token: StaffToken,
        outboxId: OutboxId,
        serviceCode: z.string().min(1).max(80).optional(),
      })
      .strict(),
    output: z.object({ ticket: z.string(), released: z.literal(true) }),
  },
  /** A refused or held request is cancelled; the resident sees the reason at look-up. */
  staffCancelEntry: {
    input: StaffCancelInput,
    output: z.object({ ticket: z.string(), cancelled: z.literal(true) }),
  },
  /** A notice for staff (a booking whose slot filled) is marked handled; the booking stays. */
  staffMarkHandled: {
    input: z.object({ token: StaffToken, outboxId: OutboxId }).strict(),
    output: z.object({ ticket: z.string(), handled: z.literal(true) }),
  },
  /** Requests made on this kiosk, by ticket, phone digits, date or stage (all optional). */
  findStaffRequests: {
    input: StaffRequestQuery,
    output: z.object({ requests: z.array(StaffRequestMatch) }),
  },
  /** One request, masked: stages, upload entries, print jobs, cancellation. */
  getStaffRequestDetail: {
    input: z.object({ token: StaffToken, ticket: z.string().trim().min(4).max(60) }).strict(),
    output: StaffRequestDetail,
  },
  /** Print jobs that failed and wait for a reprint, newest first. */
  getStaffFailedPrints: {
    input: z.object({ token: StaffToken }).strict(),
    output: z.object({ jobs: z.array(StaffPrintJob) }),
  },
  /** Prints a kept job again with "reprint · staff <name> · <time>" on top. */
  staffReprint: {
    input: z.object({ token: StaffToken, jobId: z.string().min(1).max(100) }).strict(),
    output: ReceiptOutcome,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
