// A booking as its look-up shows it: the service, the day and time, where the centre stands on
// it, and, for a booking the centre refused because its slot filled meanwhile, the service's
// next free slots (from the slots as last read), so the resident rebooks in one tap.
import type { Database } from 'better-sqlite3';
import type { AppointmentSlot, BookingView } from '../../../contract/index.js';
import type { LocalBooking } from '../../../db/repositories/appointmentBookings.js';
import { type OfferDeps, cachedOffer } from './appointmentOffer.js';
import { storedText } from './appointmentTexts.js';

export const nextFreeCount = 3;

export function nextFreeSlots(
  deps: OfferDeps,
  serviceCode: string,
  except: string,
): AppointmentSlot[] {
  const service = cachedOffer(deps).find((entry) => entry.code === serviceCode);
  return (service?.slots ?? [])
    .filter((slot) => slot.free > 0 && slot.slotId !== except)
    .slice(0, nextFreeCount);
}

export function bookingView(
  deps: OfferDeps & { db: Database },
  booking: LocalBooking,
): BookingView {
  return {
    code: booking.code,
    serviceName: storedText(booking.serviceName, booking.serviceCode),
    homeVisit: booking.homeVisit,
    date: booking.date,
    start: booking.start,
    end: booking.end,
    state: booking.state,
    cancelPending: booking.cancelPending,
    nextFreeSlots:
      booking.state === 'slot-taken'
        ? nextFreeSlots(deps, booking.serviceCode, booking.slotId)
        : [],
  };
}
