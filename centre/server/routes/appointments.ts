// The appointments extension (centre/wire/appointments.ts): the services and their slots with
// the free places, a booking under an Idempotency-Key (a retried POST replays the first answer;
// the kiosk's booking code is the look-up key of a booking whose reply was lost), a full slot
// refused plainly (409 slot_full), a look-up and a cancellation by booking code. Capacity is
// checked and the row written in one IMMEDIATE transaction (idempotentPost), so two kiosks
// racing for the last place get one booking and one slot_full.
import type { Open311ErrorBody } from '../../wire/errors.js';
import {
  type AppointmentServiceOut,
  BookingCode,
  BookingForm,
  type BookingOut,
  bookingFields,
} from '../../wire/appointments.js';
import {
  appointmentServices,
  bookingDays,
  findSlot,
  slotTimesOf,
  slotsOf,
} from '../appointments/appointmentServices.js';
import { centreDay } from '../centreDay.js';
import type { CentreDeps } from '../centreDeps.js';
import { type CallContext, formOf, isFormEncoded, repeatedNames } from '../http/context.js';
import { type Reply, errorReply, errorsReply, jsonReply } from '../http/reply.js';
import { idempotentPost } from '../requests/idempotentPost.js';
import {
  bookedCount,
  bookedCounts,
  cancelBooking,
  findBooking,
  insertBooking,
} from '../store/appointmentBookings.js';

export function getAppointmentSlots(deps: CentreDeps): Reply {
  const today = centreDay(deps.now(), deps.timeZone);
  const booked = bookedCounts(deps.db);
  const services: AppointmentServiceOut[] = appointmentServices.map((service) => ({
    service_code: service.code,
    name: service.name,
    description: service.description,
    home_visit: service.homeVisit,
    slots: slotsOf(service, today, bookingDays).map((slot) => ({
      slot_id: slot.slotId,
      date: slot.date,
      start: slot.times.start,
      end: slot.times.end,
      capacity: service.capacity,
      free: Math.max(0, service.capacity - (booked.get(slot.slotId) ?? 0)),
    })),
  }));
  return jsonReply(200, services);
}

function formProblems(form: URLSearchParams): Open311ErrorBody[] {
  const problems: Open311ErrorBody[] = repeatedNames(form).map((name) => ({
    code: 'form_invalid',
    description: `${name} appears more than once.`,
  }));
  for (const name of form.keys()) {
    if (!(bookingFields as readonly string[]).includes(name)) {
      problems.push({ code: 'form_invalid', description: `Unknown field "${name}".` });
    }
  }
  return problems;
}

const readForm = (form: URLSearchParams) =>
  BookingForm.safeParse(
    Object.fromEntries([...form.entries()].filter(([name]) => name !== 'api_key')),
  );

export async function postAppointment(deps: CentreDeps, ctx: CallContext): Promise<Reply> {
  if (!isFormEncoded(ctx)) {
    return errorReply('content_type_unsupported', 'Bookings are sent form-encoded.');
  }
  const form = formOf(ctx);
  return idempotentPost(deps, ctx, 'POST /x/appointments.json', form, () => {
    const problems = formProblems(form);
    if (problems.length > 0) return errorsReply(problems);
    const parsed = readForm(form);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || 'the form';
      return errorReply('appointment_invalid', `The booking is invalid at ${where}.`);
    }
    const booking = parsed.data;
    const slot = findSlot(booking.slot_id, centreDay(deps.now(), deps.timeZone));
    if (!slot) return errorReply('slot_not_found', `No slot ${booking.slot_id} can be booked.`);
    if (findBooking(deps.db, booking.booking_code)) {
      return errorReply('appointment_exists', `Booking ${booking.booking_code} is already stored.`);
    }
    if (bookedCount(deps.db, slot.slotId) >= slot.service.capacity) {
      return errorReply('slot_full', `Slot ${slot.slotId} has no free place left.`);
    }
    insertBooking(deps.db, {
      bookingCode: booking.booking_code,
      slotId: slot.slotId,
      serviceCode: slot.service.code,
      contactKind: booking.contact_kind,
      phone: booking.contact_kind === 'phone' ? (booking.phone ?? null) : null,
      idHash: booking.contact_kind === 'id-card' ? (booking.id_hash ?? null) : null,
      kioskId: booking.kiosk_id ?? null,
      bookedAt: deps.now().toISOString(),
    });
    const stored: BookingOut = {
      booking_code: booking.booking_code,
      slot_id: slot.slotId,
      service_code: slot.service.code,
      status: 'booked',
    };
    return jsonReply(201, [stored]);
  });
}

/** What a look-up answers: the stored booking and its slot's times, never the contact. */
const heldReply = (booking: BookingOut): BookingOut => ({
  booking_code: booking.booking_code,
  slot_id: booking.slot_id,
  service_code: booking.service_code,
  status: booking.status,
  ...slotTimesOf(booking.slot_id),
});

function bookingNamed(ctx: CallContext): string | null {
  const code = ctx.params.code ?? '';
  return BookingCode.safeParse(code).success ? code : null;
}

export function getAppointment(deps: CentreDeps, ctx: CallContext): Reply {
  const code = bookingNamed(ctx);
  const booking = code === null ? undefined : findBooking(deps.db, code);
  if (!booking) return errorReply('appointment_not_found', `No booking ${ctx.params.code ?? ''}.`);
  return jsonReply(200, [heldReply(booking)]);
}

export async function postCancellation(deps: CentreDeps, ctx: CallContext): Promise<Reply> {
  if (!isFormEncoded(ctx)) {
    return errorReply('content_type_unsupported', 'Cancellations are sent form-encoded.');
  }
  const code = bookingNamed(ctx);
  const form = formOf(ctx);
  return idempotentPost(deps, ctx, `POST /x/appointments/${code}/cancellation.json`, form, () => {
    const booking = code === null ? undefined : findBooking(deps.db, code);
    if (!code || !booking) {
      return errorReply('appointment_not_found', `No booking ${ctx.params.code ?? ''}.`);
    }
    cancelBooking(deps.db, code, deps.now().toISOString());
    return jsonReply(200, [heldReply({ ...booking, status: 'cancelled' })]);
  });
}
