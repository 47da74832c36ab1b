// Where the centre stands on a booking, in plain words, one literal key each (so the key check
// sees them): waiting for its confirmation (等待确认), confirmed, cancelled (and whether the
// centre has been told yet), or refused because the slot filled before the booking reached it.
import type { TFunction } from 'i18next';
import type { BookingView } from '../../../contract/index.js';

export function bookingStateWords(t: TFunction, booking: BookingView): string {
  switch (booking.state) {
    case 'waiting':
      return t('appointments.state.waiting');
    case 'confirmed':
      return t('appointments.state.confirmed');
    case 'slot-taken':
      return t('appointments.state.slotTaken');
    case 'cancelled':
      return booking.cancelPending
        ? t('appointments.state.cancelPending')
        : t('appointments.state.cancelled');
  }
}
