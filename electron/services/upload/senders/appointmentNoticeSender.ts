// The staff notice of a booking the centre refused because its slot filled before the booking
// reached it (a booking made offline). Nothing leaves the kiosk for it: the entry is held, so it
// stands in the staff's upload queue under its own kind with the booking code and the reason,
// until the resident rebooks or cancels at the kiosk (appointmentService settles it then).
import { readBooking } from '../../../../db/repositories/appointmentBookings.js';
import { isoAfter } from '../backoff.js';
import type { OutboxSender } from './senderProtocol.js';

export const appointmentNoticeKind = 'appointment-slot-taken';

export const slotTakenReason =
  'the slot filled before this booking reached the centre: call the resident; the look-up by booking code shows them the next free slots';

export const appointmentNoticeSender: OutboxSender<null, null> = {
  kind: appointmentNoticeKind,
  read(deps, entry) {
    const booking = entry.subjectId === null ? undefined : readBooking(deps.db, entry.subjectId);
    const until = isoAfter(deps.now(), deps.heldRetryMs);
    return {
      label: booking?.code ?? null,
      settle: { kind: 'held', reason: slotTakenReason, until },
    };
  },
  lookUp: () => Promise.resolve({ kind: 'unsupported' }),
  send: () => Promise.resolve({ outcome: 'local-only', upstreamId: null, upstreamToken: null }),
  refused: () => ({ sent: null, mapping: null }),
  recordSent: () => undefined,
};
