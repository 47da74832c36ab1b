// The appointments extension's wire (服务预约): GET /x/appointments/slots.json lists the services
// that take appointments with their slots for the coming days and the free places in each; POST
// /x/appointments.json books one place under an Idempotency-Key and the kiosk's own booking code
// (a full slot is refused 409 slot_full); GET /x/appointments/{code}.json looks a booking up; POST
// /x/appointments/{code}/cancellation.json frees its place. Only what the booking needs travels:
// the slot, the code, and the resident's phone when they booked with one (never a name or an ID
// number: a card booking sends the kiosk's keyed hash of it, which names no one outside that kiosk).
import { z } from 'zod';

/** Texts as the centre writes them: Simplified Chinese, and English where someone wrote it. */
export interface AppointmentText {
  'zh-CN': string;
  en?: string;
}

export interface AppointmentSlotOut {
  slot_id: string;
  /** The centre's local day and times. */
  date: string;
  start: string;
  end: string;
  capacity: number;
  free: number;
}

export interface AppointmentServiceOut {
  service_code: string;
  name: AppointmentText;
  description: AppointmentText;
  home_visit: boolean;
  slots: AppointmentSlotOut[];
}

export const bookingFields = [
  'api_key',
  'jurisdiction_id',
  'booking_code',
  'slot_id',
  'contact_kind',
  'phone',
  'id_hash',
  'kiosk_id',
] as const;

export const BookingCode = z.string().regex(/^[A-Za-z0-9-]{4,40}$/);

export const BookingForm = z
  .object({
    booking_code: BookingCode,
    slot_id: z.string().min(1).max(80),
    contact_kind: z.enum(['phone', 'id-card']),
    phone: z
      .string()
      .regex(/^[0-9-]{3,20}$/)
      .optional(),
    id_hash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    kiosk_id: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,20}$/)
      .optional(),
  })
  .refine((form) => (form.contact_kind === 'phone' ? !!form.phone : !!form.id_hash), {
    message: 'a phone booking carries phone, a card booking id_hash',
  });
export type BookingForm = z.infer<typeof BookingForm>;

export type BookingStatus = 'booked' | 'cancelled';

export interface BookingOut {
  booking_code: string;
  slot_id: string;
  service_code: string;
  status: BookingStatus;
  /** On a look-up and a cancellation: the slot's day and times, for a kiosk that never saw it. */
  date?: string;
  start?: string;
  end?: string;
}
