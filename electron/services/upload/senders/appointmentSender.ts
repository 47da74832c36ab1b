// The outbox sender for a booking (服务预约). The entry names the booking by its code
// (subject_id); the booking goes under the entry's idempotency key, so a retried POST after a
// timeout is replayed by the centre, never booked twice, and a booking whose reply was lost is
// looked up by its code before anything is sent again (docs/exactly-once.md). The centre's
// answer settles the booking: accepted → confirmed; the slot filled before the booking reached
// the centre → slot-taken, the slot counted full here, and a staff notice queued
// (appointmentNoticeSender.ts) so staff can call the resident, who also sees it at look-up.
// The phone is unsealed only here, to be sent; a card booking sends the ID number's keyed hash.
import { randomUUID } from 'node:crypto';
import { readBooking, setBookingState } from '../../../../db/repositories/appointmentBookings.js';
import { markSlotFull } from '../../../../db/repositories/appointmentSlots.js';
import { enqueue, hold } from '../../../../db/repositories/outbox.js';
import type { OutgoingBooking } from '../../appointments/appointmentGateway.js';
import { kioskOfCode } from '../../appointments/bookingCode.js';
import { announceBookingSettled } from '../../appointments/bookingSettled.js';
import { unseal } from '../../security/sealedFields.js';
import { isoAfter } from '../backoff.js';
import {
  appointmentNoticeKind,
  appointmentNoticeSender,
  slotTakenReason,
} from './appointmentNoticeSender.js';
import { appointmentCancelSender } from './appointmentCancelSender.js';
import type { OutboxSender } from './senderProtocol.js';

export const appointmentKind = 'appointment';
/** What a booking entry the centre refused as full keeps as its upstream id. */
export const slotTakenMark = 'slot-taken';
const noticeRecheckMs = 3_600_000;

interface BookingRef {
  code: string;
}

interface Outgoing extends BookingRef {
  booking: OutgoingBooking;
}

export const appointmentSender: OutboxSender<BookingRef, Outgoing> = {
  kind: appointmentKind,
  read(deps, entry) {
    const booking = entry.subjectId === null ? undefined : readBooking(deps.db, entry.subjectId);
    if (!booking) {
      const dead = { reason: 'appointment-missing', status: null, errors: [], sent: null };
      return { label: null, settle: { kind: 'dead', ...dead, mapping: null } };
    }
    const found = { code: booking.code };
    const kioskId = kioskOfCode(booking.code);
    if (!deps.gateway.appointments || !kioskId) {
      const until = isoAfter(deps.now(), deps.heldRetryMs);
      const reason = 'the centre takes no appointments here';
      return { label: booking.code, found, outgoing: { kind: 'held', reason, until } };
    }
    const contact =
      booking.contactKind === 'phone' && booking.phoneSealed
        ? { kind: 'phone' as const, phone: String(unseal(deps.keys, booking.phoneSealed)) }
        : { kind: 'id-card' as const, idHash: booking.idHash ?? '' };
    const value = {
      ...found,
      booking: { bookingCode: booking.code, slotId: booking.slotId, contact, kioskId },
    };
    return { label: booking.code, found, outgoing: { value, serviceCode: null } };
  },
  async lookUp(deps, found) {
    if (!deps.gateway.appointments) return { kind: 'unsupported' };
    const result = await deps.gateway.appointments.findBooking(found.code);
    return result.kind === 'found' ? { kind: 'found', id: found.code } : result;
  },
  async send(deps, outgoing, idempotencyKey) {
    const appointments = deps.gateway.appointments;
    if (!appointments) return { outcome: 'local-only', upstreamId: null, upstreamToken: null };
    const reply = await appointments.book(outgoing.booking, idempotencyKey);
    if (reply.kind === 'unsupported') {
      return { outcome: 'local-only', upstreamId: null, upstreamToken: null };
    }
    const upstreamId = reply.kind === 'booked' ? outgoing.code : slotTakenMark;
    return { outcome: 'answered', upstreamId, upstreamToken: null };
  },
  refused: () => ({ sent: null, mapping: null }),
  recordSent(db, entry, settled) {
    const booking = entry.subjectId === null ? undefined : readBooking(db, entry.subjectId);
    if (!booking || settled.outcome === 'local-only') return;
    // The worker's round records the settlement at its own clock; this row only says since when.
    const now = new Date().toISOString();
    announceBookingSettled(booking.code);
    if (settled.upstreamId !== slotTakenMark) {
      if (booking.state === 'waiting') setBookingState(db, booking.code, 'confirmed', now);
      return;
    }
    markSlotFull(db, booking.slotId);
    if (booking.state === 'cancelled') return;
    setBookingState(db, booking.code, 'slot-taken', now);
    const notice = enqueue(db, {
      kind: appointmentNoticeKind,
      subjectId: booking.code,
      idempotencyKey: randomUUID(),
      priority: 1,
      now,
    });
    // Held at once: staff see it in the queue from this moment, under its own kind.
    hold(db, notice.id, slotTakenReason, isoAfter(new Date(now), noticeRecheckMs));
  },
};

/** The three kinds of the appointments journey, for the registry. */
export const appointmentSenders: readonly OutboxSender[] = [
  appointmentSender,
  appointmentCancelSender,
  appointmentNoticeSender,
];
