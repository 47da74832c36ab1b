// Appointments and home visits (服务预约) as the page sees them: the services that take
// appointments with their days and time slots (full slots included, marked full), read from the
// centre or from the kiosk's cached copy when it is away, or a plain "not offered here"; a
// booking made with a phone number or the ID card read in this visit, answered at once with its
// booking code; and a booking as its look-up shows it: waiting for the centre, confirmed,
// refused because the slot filled meanwhile (with the next free slots to choose), or cancelled.
import { z } from 'zod';
import { LocalizedText } from './community.js';
import { phonePattern } from './constants.js';
import { ReceiptOutcome } from './requests.js';
import { Language } from './settings.js';

/** Digits only, typed on the number pad: four for the kiosk, five of its own (0101-48291). */
export const bookingCodePattern = /^[0-9]{4}-[0-9]{5}$/;
export const BookingCode = z.string().regex(bookingCodePattern);

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Clock = z.string().regex(/^\d{2}:\d{2}$/);

export const AppointmentSlot = z.object({
  slotId: z.string().min(1).max(80),
  date: Day,
  start: Clock,
  end: Clock,
  capacity: z.number().int().min(1),
  /** 0: full, shown as full. */
  free: z.number().int().min(0),
});
export type AppointmentSlot = z.infer<typeof AppointmentSlot>;

export const AppointmentService = z.object({
  code: z.string().min(1).max(60),
  name: LocalizedText,
  description: LocalizedText,
  homeVisit: z.boolean(),
  slots: z.array(AppointmentSlot),
});
export type AppointmentService = z.infer<typeof AppointmentService>;

export const AppointmentOffer = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('open'),
    services: z.array(AppointmentService).min(1),
    /** true: the centre did not answer; these are the slots as last read (places may differ). */
    cached: z.boolean(),
  }),
  z.object({
    kind: z.literal('none'),
    /** not-offered: the platform takes no appointments; unreachable: none cached yet. */
    reason: z.enum(['not-offered', 'unreachable']),
  }),
]);
export type AppointmentOffer = z.infer<typeof AppointmentOffer>;

export const BookingContact = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('phone'), phone: z.string().regex(phonePattern) }).strict(),
  z.object({ kind: z.literal('card'), cardToken: z.string().min(1).max(100) }).strict(),
]);
export type BookingContact = z.infer<typeof BookingContact>;

export const BookingDraft = z
  .object({ slotId: z.string().min(1).max(80), contact: BookingContact, language: Language })
  .strict();
export type BookingDraft = z.infer<typeof BookingDraft>;

export const bookingStates = [
  /** Saved on the kiosk, not yet accepted by the centre (等待确认). */
  'waiting',
  'confirmed',
  /** The centre refused it: the slot filled before the booking reached it. */
  'slot-taken',
  'cancelled',
] as const;
export const BookingState = z.enum(bookingStates);
export type BookingState = z.infer<typeof BookingState>;

export const BookingView = z.object({
  code: BookingCode,
  serviceName: LocalizedText,
  homeVisit: z.boolean(),
  date: Day,
  start: Clock,
  end: Clock,
  state: BookingState,
  /** A cancellation saved on the kiosk and not yet told to the centre. */
  cancelPending: z.boolean(),
  /** slot-taken only: the service's next free slots, to rebook in one tap. */
  nextFreeSlots: z.array(AppointmentSlot),
});
export type BookingView = z.infer<typeof BookingView>;

export const BookingMade = z.object({ booking: BookingView, receipt: ReceiptOutcome });
export type BookingMade = z.infer<typeof BookingMade>;

const CodeInput = z.object({ code: BookingCode }).strict();
const NoInput = z.object({}).strict();

export const appointmentsCalls = {
  /** The services and slots (fetched, or cached while the centre is away; none where not offered). */
  getAppointmentOffer: { input: NoInput, output: AppointmentOffer },
  /** Saves the booking with its outbox entry, prints its receipt; never waits for the network. */
  bookAppointment: { input: BookingDraft, output: BookingMade },
  /** A booking by its code: made at this kiosk, or asked of the centre (another kiosk's). */
  findBooking: { input: CodeInput, output: BookingView },
  /** Cancels by code (queued for the centre when it is away). */
  cancelBooking: { input: CodeInput, output: BookingView },
  /** A slot-taken booking moved to another slot under the same code, in one tap. */
  rebookAppointment: {
    input: z
      .object({ code: BookingCode, slotId: z.string().min(1).max(80), language: Language })
      .strict(),
    output: BookingMade,
  },
} as const;
