// The kiosk's client for the appointments extension (centre/wire/appointments.ts): the services
// and their slots, a booking under an Idempotency-Key and the kiosk's booking code, the look-up
// of a booking by code, and a cancellation. Tolerant in what it reads: each service and each
// slot is read on its own (a broken slot costs that slot, a broken service that service), texts
// may be a plain string or {zh-CN, zh-TW?, en?}, unknown fields are ignored. Strict in what it
// sends. A platform without the extension answers 404, which is "unsupported" here, not a
// failure; a full slot is the typed answer `slot-full`, not an error; every other failure is a
// CentreError like the rest of the client's.
import { z } from 'zod';
import { idempotencyHeader } from '../wire/requestForm.js';
import type { CentreClientOptions } from './centreClient.js';
import { checkedPayload, extensionMissingUnless, segment, transportOf } from './extensionClient.js';
import { checkIdempotencyKey } from './localChecks.js';
import { parseJson, parseReply } from './parseReply.js';
import { errorEntriesOf, refuseUnlessOk } from './refusal.js';
import { type HttpAnswer, exchange } from './transport.js';

const Text = z.union([
  z
    .string()
    .min(1)
    .transform((text) => ({ 'zh-CN': text })),
  z.looseObject({
    'zh-CN': z.string().min(1),
    'zh-TW': z.string().min(1).optional().catch(undefined),
    en: z.string().min(1).optional().catch(undefined),
  }),
]);
export type CentreText = { 'zh-CN': string; 'zh-TW'?: string | undefined; en?: string | undefined };

const clock = z
  .string()
  .regex(/^\d{1,2}:\d{2}/)
  .transform((t) => t.padStart(5, '0').slice(0, 5));

const SlotIn = z.looseObject({
  slot_id: z.union([z.string().min(1).max(80), z.number()]).transform(String),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .transform((d) => d.slice(0, 10)),
  start: clock,
  end: clock,
  capacity: z.coerce.number().int().min(1),
  free: z.coerce.number().int().min(0),
});

const ServiceIn = z.looseObject({
  service_code: z.union([z.string().min(1).max(60), z.number()]).transform(String),
  name: Text,
  description: Text.optional().catch(undefined),
  home_visit: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .catch(false),
  slots: z.array(z.unknown()).catch([]),
});

export interface CentreSlot {
  slotId: string;
  date: string;
  start: string;
  end: string;
  capacity: number;
  free: number;
}

export interface CentreAppointmentService {
  code: string;
  name: CentreText;
  description: CentreText | null;
  homeVisit: boolean;
  slots: CentreSlot[];
}

const BookingIn = z.looseObject({
  booking_code: z.string().min(1),
  status: z.string().catch('booked'),
});

const optionalText = (max: number) =>
  z
    .union([z.string().min(1).max(max), z.number()])
    .transform(String)
    .optional()
    .catch(undefined);

/**
 * A booking as the centre holds it, read for a kiosk that never saw it: only the slot, the
 * service and the times. Whatever else the reply carries (a phone, an ID hash) is never copied.
 */
const HeldBookingIn = z.looseObject({
  slot_id: optionalText(80),
  service_code: optionalText(60),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .transform((d) => d.slice(0, 10))
    .optional()
    .catch(undefined),
  start: clock.optional().catch(undefined),
  end: clock.optional().catch(undefined),
});

export interface CentreHeldBooking {
  slotId: string | null;
  serviceCode: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
}

function heldBooking(raw: unknown): CentreHeldBooking {
  const read = HeldBookingIn.safeParse(raw);
  const held = read.success ? read.data : {};
  return {
    slotId: held.slot_id ?? null,
    serviceCode: held.service_code ?? null,
    date: held.date ?? null,
    start: held.start ?? null,
    end: held.end ?? null,
  };
}

export interface OutgoingBooking {
  bookingCode: string;
  slotId: string;
  contact: { kind: 'phone'; phone: string } | { kind: 'id-card'; idHash: string };
  kioskId: string;
}

const BookingOut = z
  .object({
    bookingCode: z.string().regex(/^[A-Za-z0-9-]{4,40}$/),
    slotId: z.string().min(1).max(80),
    contact: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('phone'), phone: z.string().regex(/^[0-9-]{3,20}$/) }),
      z.object({ kind: z.literal('id-card'), idHash: z.string().regex(/^[0-9a-f]{64}$/) }),
    ]),
    kioskId: z.string().regex(/^[A-Za-z0-9-]{1,20}$/),
  })
  .strict();

export type SlotsResult =
  | { kind: 'listed'; services: CentreAppointmentService[]; skipped: number }
  | { kind: 'unsupported' };
export type BookResult = { kind: 'booked' } | { kind: 'slot-full' } | { kind: 'unsupported' };
export type FindBookingResult =
  | { kind: 'found'; status: 'booked' | 'cancelled'; held: CentreHeldBooking }
  | { kind: 'absent' }
  | { kind: 'unsupported' };
export type CancelResult =
  { kind: 'cancelled'; held: CentreHeldBooking } | { kind: 'absent' } | { kind: 'unsupported' };

export interface AppointmentsClient {
  getSlots(): Promise<SlotsResult>;
  book(booking: OutgoingBooking, idempotencyKey: string): Promise<BookResult>;
  findBooking(code: string): Promise<FindBookingResult>;
  cancel(code: string, idempotencyKey: string): Promise<CancelResult>;
}

const codesOf = (answer: HttpAnswer) => errorEntriesOf(answer).map((entry) => entry.code);

/** A 404 that is the extension missing, not a code the appointments extension itself sends. */
const extensionMissing = extensionMissingUnless(
  (code) => code.startsWith('appointment') || code.startsWith('slot'),
);

function readServices(raw: unknown): { services: CentreAppointmentService[]; skipped: number } {
  const list = Array.isArray(raw) ? raw : [];
  let skipped = 0;
  const services: CentreAppointmentService[] = [];
  for (const entry of list) {
    const parsed = ServiceIn.safeParse(entry);
    if (!parsed.success) {
      skipped += 1;
      continue;
    }
    const slots: CentreSlot[] = [];
    for (const slot of parsed.data.slots) {
      const read = SlotIn.safeParse(slot);
      if (!read.success) {
        skipped += 1;
        continue;
      }
      const { slot_id: slotId, date, start, end, capacity, free } = read.data;
      slots.push({ slotId, date, start, end, capacity, free: Math.min(free, capacity) });
    }
    services.push({
      code: parsed.data.service_code,
      name: parsed.data.name,
      description: parsed.data.description ?? null,
      homeVisit: parsed.data.home_visit,
      slots,
    });
  }
  return { services, skipped };
}

export function bookingForm(booking: OutgoingBooking, apiKey: string): URLSearchParams {
  const checked = checkedPayload(BookingOut, booking, 'Booking');
  const { contact } = checked;
  return new URLSearchParams([
    ['api_key', apiKey],
    ['booking_code', checked.bookingCode],
    ['slot_id', checked.slotId],
    ['contact_kind', contact.kind],
    contact.kind === 'phone' ? ['phone', contact.phone] : ['id_hash', contact.idHash],
    ['kiosk_id', checked.kioskId],
  ]);
}

export function createAppointmentsClient(options: CentreClientOptions): AppointmentsClient {
  const transport = transportOf(options, 1024 * 1024);
  const auth = { api_key: options.apiKey };
  return {
    async getSlots() {
      const answer = await exchange(transport, {
        method: 'GET',
        path: 'x/appointments/slots.json',
        query: auth,
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      refuseUnlessOk(transport, answer);
      return { kind: 'listed', ...readServices(parseJson(answer)) };
    },

    async book(booking, idempotencyKey) {
      checkIdempotencyKey(idempotencyKey);
      const answer = await exchange(transport, {
        method: 'POST',
        path: 'x/appointments.json',
        headers: { [idempotencyHeader]: idempotencyKey },
        form: bookingForm(booking, options.apiKey),
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      if (answer.status === 409 && codesOf(answer).includes('slot_full')) {
        return { kind: 'slot-full' };
      }
      refuseUnlessOk(transport, answer);
      parseReply(answer, z.array(BookingIn).min(1));
      return { kind: 'booked' };
    },

    async findBooking(code) {
      const answer = await exchange(transport, {
        method: 'GET',
        path: `x/appointments/${segment(code)}.json`,
        query: auth,
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      if (answer.status === 404) return { kind: 'absent' };
      refuseUnlessOk(transport, answer);
      const [found] = parseReply(answer, z.array(BookingIn).min(1));
      return {
        kind: 'found',
        status: found?.status === 'cancelled' ? 'cancelled' : 'booked',
        held: heldBooking(found),
      };
    },

    async cancel(code, idempotencyKey) {
      checkIdempotencyKey(idempotencyKey);
      const answer = await exchange(transport, {
        method: 'POST',
        path: `x/appointments/${segment(code)}/cancellation.json`,
        headers: { [idempotencyHeader]: idempotencyKey },
        form: new URLSearchParams(auth),
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      if (answer.status === 404) return { kind: 'absent' };
      refuseUnlessOk(transport, answer);
      const [cancelled] = parseReply(answer, z.array(BookingIn).min(1));
      return { kind: 'cancelled', held: heldBooking(cancelled) };
    },
  };
}
