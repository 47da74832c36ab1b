// The calls of staff assisted-entry mode. Every staff call but signing in carries the session
// token the kiosk handed out at sign-in; without a live one it is refused as `unauthorized`.
import { z } from 'zod';
import { staffQueueCalls } from './staffQueue.js';

export const staffEntryModes = ['pin', 'card-and-pin'] as const;
export const StaffEntryMode = z.enum(staffEntryModes);
export type StaffEntryMode = z.infer<typeof StaffEntryMode>;

/** Consecutive wrong PINs that lock staff entry, and for how long. */
export const staffLockoutAfter = 5;
export const staffLockoutMinutes = 5;

const StaffToken = z.string().min(16).max(200);

export const StaffMember = z.object({ id: z.string(), name: z.string() });
export type StaffMember = z.infer<typeof StaffMember>;

export const StaffEntryState = z.object({
  mode: StaffEntryMode,
  /** False when no staff account is enabled: the pad says so instead of asking for a PIN. */
  accountsExist: z.boolean(),
  /** ISO time staff entry opens again after too many wrong PINs, or null. */
  lockedUntil: z.string().nullable(),
});
export type StaffEntryState = z.infer<typeof StaffEntryState>;

export const StaffSignInInput = z
  .object({
    pin: z.string().regex(/^[0-9]{1,12}$/),
    /** With card-and-pin: the token of the staff card read in this visit. */
    cardToken: z.string().min(1).max(100).optional(),
  })
  .strict();

export const StaffSession = z.object({
  token: StaffToken,
  staff: StaffMember,
  /** ISO time the session locks unless used again. */
  expiresAt: z.string(),
});
export type StaffSession = z.infer<typeof StaffSession>;

export const StaffSignInResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('signed-in'), session: StaffSession }),
  z.object({ outcome: z.literal('wrong-pin'), attemptsLeft: z.number().int().min(1) }),
  z.object({ outcome: z.literal('locked'), lockedUntil: z.string() }),
  z.object({ outcome: z.literal('card-needed') }),
]);
export type StaffSignInResult = z.infer<typeof StaffSignInResult>;

export const staffSignOutReasons = ['sign-out', 'idle', 'visit-reset'] as const;

export const StaffTokenInput = z.object({ token: StaffToken }).strict();

export const StaffSignOutInput = z
  .object({ token: StaffToken, reason: z.enum(staffSignOutReasons) })
  .strict();

/** A refusal the platform gave, with every error it listed, for staff to fix and resend. */
export const StaffDeadLetter = z.object({
  outboxId: z.number().int(),
  /** The outbox kind: 'request', 'rating', or a later journey's. */
  kind: z.string().min(1).max(40),
  ticket: z.string(),
  reason: z.string(),
  httpStatus: z.number().int().nullable(),
  errors: z.array(z.object({ code: z.string(), description: z.string() })),
  deadAt: z.string(),
});

export const StaffUploadQueue = z.object({
  deadLetters: z.array(StaffDeadLetter),
});
export type StaffUploadQueue = z.infer<typeof StaffUploadQueue>;

/** One request made on this kiosk, as staff see it: no name, phone or ID, only its journey. */
export const StaffRequestLine = z.object({
  ticket: z.string(),
  createdAt: z.string(),
  category: z.string(),
  urgency: z.enum(['normal', 'urgent']),
  emergency: z.boolean(),
  upload: z.enum(['waiting', 'held', 'sent', 'dead']).nullable(),
  heldReason: z.string().nullable(),
  lastError: z.string().nullable(),
  attempts: z.number().int().min(0),
  upstreamId: z.string().nullable(),
  stage: z.enum(['accepted', 'in-progress', 'done']).nullable(),
});
export type StaffRequestLine = z.infer<typeof StaffRequestLine>;

export const staffCalls = {
  /** How staff sign in on this kiosk and whether entry is locked right now. */
  getStaffEntry: { input: z.object({}).strict(), output: StaffEntryState },
  /** PIN (and, with card-and-pin, the staff card); wrong PINs count towards the lockout. */
  staffSignIn: { input: StaffSignInInput, output: StaffSignInResult },
  /** Ends the session: the staff member's tap, two idle minutes, or the resident reset. */
  staffSignOut: { input: StaffSignOutInput, output: z.object({ signedOut: z.boolean() }) },
  /** The live session (and so who is signed in); refreshes its idle time. */
  getStaffSession: { input: StaffTokenInput, output: StaffSession },
  /** The requests the platform refused, with every error, newest first. */
  getStaffUploadQueue: { input: StaffTokenInput, output: StaffUploadQueue },
  /** The requests made on this kiosk, newest first, and where each is on its way. */
  getStaffRequests: {
    input: StaffTokenInput,
    output: z.object({ requests: z.array(StaffRequestLine) }),
  },
  /** Binds the signed-in staff member's own card (read in this visit) for card-and-pin entry. */
  staffBindCard: {
    input: z.object({ token: StaffToken, cardToken: z.string().min(1).max(100) }).strict(),
    output: z.object({ bound: z.literal(true) }),
  },
  /** The upload queue, requests on this kiosk and reprints (contract/staffQueue.ts). */
  ...staffQueueCalls,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
