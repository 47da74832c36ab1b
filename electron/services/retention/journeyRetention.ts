// The journeys' rows that name residents (a booking's sealed phone or ID hash, a ballot's voter
// token) or merely pile up (queue numbers, cached slots) go after the retention window, in the
// retention sweep's transaction: a booking or a queue number once its day is past by more than
// the window, a ballot once its round closed more than the window ago (until then the token is
// what refuses a second ballot here). A row any waiting, held or dead outbox entry refers to
// stays, whatever its age: the sender or staff still need it. The settled entries about a deleted
// row go with it, except one a dead letter or resend names (kept for staff, as in the survey's).
import type { Database } from 'better-sqlite3';
import { purgeSettledBookingsBefore } from '../../../db/repositories/appointmentBookings.js';
import { purgeSlotsBefore } from '../../../db/repositories/appointmentSlots.js';
import { deleteSettledEntriesAbout } from '../../../db/repositories/outbox.js';
import { purgeSettledNumbersBefore } from '../../../db/repositories/queueNumbers.js';
import {
  purgeSettledBallotsOfOtherRoundsBefore,
  purgeSettledBallotsOfRound,
} from '../../../db/repositories/votes.js';
import { appointmentCancelKind } from '../upload/senders/appointmentCancelSender.js';
import { appointmentNoticeKind } from '../upload/senders/appointmentNoticeSender.js';
import { appointmentKind } from '../upload/senders/appointmentSender.js';
import { ballotKind } from '../upload/senders/ballotSender.js';
import { queueNumberKind } from '../upload/senders/ticketSender.js';
import { cachedRound } from '../vote/voteOffer.js';

const bookingKinds = [appointmentKind, appointmentCancelKind, appointmentNoticeKind];
const ballotKinds = [ballotKind];
const queueNumberKinds = [queueNumberKind];

export interface JourneyPurge {
  /** Bookings of slot days past the window, with nothing left to send about them. */
  appointmentBookings: number;
  /** Cached slots of days past the window. */
  appointmentSlots: number;
  /** Ballots (voter token and all) of rounds closed longer ago than the window, settled. */
  voteBallots: number;
  /** Queue numbers of days past the window, settled. */
  queueNumbers: number;
}

function purgeBallots(db: Database, cutoff: string): string[] {
  const cached = cachedRound(db);
  const closesAt = cached ? Date.parse(cached.round.closesAt) : Number.NaN;
  const cachedClosedLongAgo = cached !== null && closesAt < Date.parse(cutoff);
  // The cached round (the one this kiosk offers) is measured from its cached closing time, the
  // freshest the kiosk knows. A ballot of a round no longer cached is measured from the closing
  // time it kept (migration 0022); one stored before that has none, and its round closed after
  // it was cast, so it is measured from its day.
  const ofCached = cachedClosedLongAgo
    ? purgeSettledBallotsOfRound(db, ballotKinds, cached.round.roundId)
    : [];
  const ofOthers = purgeSettledBallotsOfOtherRoundsBefore(
    db,
    ballotKinds,
    cached?.round.roundId ?? null,
    cutoff,
  );
  return [...ofCached, ...ofOthers];
}

/** Deletes the journeys' settled rows older than `cutoff` (an ISO moment); how many of each. */
export function purgeSettledJourneysBefore(db: Database, cutoff: string): JourneyPurge {
  // Days are the kiosk's local days; a UTC day off by the time zone is well inside the window.
  const cutoffDay = cutoff.slice(0, 10);
  const bookings = purgeSettledBookingsBefore(db, bookingKinds, cutoffDay);
  deleteSettledEntriesAbout(db, bookingKinds, bookings);
  const ballots = purgeBallots(db, cutoff);
  deleteSettledEntriesAbout(db, ballotKinds, ballots);
  const numbers = purgeSettledNumbersBefore(db, queueNumberKinds, cutoffDay);
  deleteSettledEntriesAbout(db, queueNumberKinds, numbers);
  return {
    appointmentBookings: bookings.length,
    appointmentSlots: purgeSlotsBefore(db, cutoffDay),
    voteBallots: ballots.length,
    queueNumbers: numbers.length,
  };
}
