// The outbox sender for a booking cancelled at the kiosk while the centre holds it (or may:
// its booking entry was in flight). It waits until the booking's own entry is settled, so the
// centre never sees the cancellation before the booking; then cancels by code under the entry's
// idempotency key, and a lost reply is looked up (the booking reads "cancelled" there). A booking
// the centre never held (refused as full) needs no call: it settles on the kiosk.
import { latestEntryFor } from '../../../../db/repositories/appointmentOutbox.js';
import {
  clearCancelPending,
  readBooking,
} from '../../../../db/repositories/appointmentBookings.js';
import { isoAfter } from '../backoff.js';
import type { OutboxSender } from './senderProtocol.js';

export const appointmentCancelKind = 'appointment-cancel';
const bookingKind = 'appointment';
const slotTaken = 'slot-taken';
const waitForBookingMs = 2_000;

interface CancelRef {
  code: string;
}

interface Outgoing extends CancelRef {
  /** false: the centre never held it; nothing to call. */
  atCentre: boolean;
}

export const appointmentCancelSender: OutboxSender<CancelRef, Outgoing> = {
  kind: appointmentCancelKind,
  read(deps, entry) {
    const booking = entry.subjectId === null ? undefined : readBooking(deps.db, entry.subjectId);
    if (!booking) {
      const dead = { reason: 'appointment-missing', status: null, errors: [], sent: null };
      return { label: null, settle: { kind: 'dead', ...dead, mapping: null } };
    }
    const bookingEntry = latestEntryFor(deps.db, bookingKind, booking.code);
    if (bookingEntry && bookingEntry.state !== 'sent' && bookingEntry.state !== 'dead') {
      return {
        label: booking.code,
        settle: { kind: 'postponed', until: isoAfter(deps.now(), waitForBookingMs) },
      };
    }
    const atCentre =
      bookingEntry?.state === 'sent' &&
      bookingEntry.upstreamId !== null &&
      bookingEntry.upstreamId !== slotTaken;
    const found = { code: booking.code };
    return {
      label: booking.code,
      found,
      outgoing: { value: { ...found, atCentre }, serviceCode: null },
    };
  },
  async lookUp(deps, found) {
    if (!deps.gateway.appointments) return { kind: 'unsupported' };
    const result = await deps.gateway.appointments.findBooking(found.code);
    if (result.kind === 'found') {
      return result.status === 'cancelled' ? { kind: 'found', id: found.code } : { kind: 'absent' };
    }
    // Not there at all: nothing is left to cancel.
    return result.kind === 'absent' ? { kind: 'found', id: found.code } : result;
  },
  async send(deps, outgoing, idempotencyKey) {
    const appointments = deps.gateway.appointments;
    if (!appointments || !outgoing.atCentre) {
      return { outcome: 'local-only', upstreamId: null, upstreamToken: null };
    }
    const reply = await appointments.cancel(outgoing.code, idempotencyKey);
    return reply.kind === 'unsupported'
      ? { outcome: 'local-only', upstreamId: null, upstreamToken: null }
      : { outcome: 'answered', upstreamId: outgoing.code, upstreamToken: null };
  },
  refused: () => ({ sent: null, mapping: null }),
  recordSent(db, entry) {
    if (entry.subjectId !== null) clearCancelPending(db, entry.subjectId, new Date().toISOString());
  },
};
