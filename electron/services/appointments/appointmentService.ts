// Appointments and home visits (服务预约): the offer (appointmentOffer.ts), a booking saved with
// its outbox entry in one transaction and answered at once with its code (bookingCode.ts) and
// receipt, never waiting for the network; the look-up and cancellation by booking code (a
// cancellation queued for the centre when it is away; a code booked at another kiosk is asked of
// the centre, bookingElsewhere.ts); and a booking the centre refused because
// its slot filled meanwhile moved to another slot in one tap. Free places are taken and given
// back in the same transactions (appointmentSlots.ts), so this kiosk never books more places
// than it counts. Only what a booking needs is kept: the phone sealed, or the ID number's keyed
// hash from the card read in this visit; no name, no number.
import type { Database } from 'better-sqlite3';
import {
  type AppointmentOffer,
  type BookingDraft,
  type BookingMade,
  type BookingView,
  KioskError,
  type Language,
  type LocalizedText,
} from '../../../contract/index.js';
import {
  type LocalBooking,
  bookingExists,
  insertBooking,
  moveBooking,
  readBooking,
  setBookingState,
} from '../../../db/repositories/appointmentBookings.js';
import { latestEntryFor, settleLocally } from '../../../db/repositories/appointmentOutbox.js';
import {
  cachedServices,
  cachedSlot,
  givePlaceBack,
  takePlace,
} from '../../../db/repositories/appointmentSlots.js';
import { enqueue } from '../../../db/repositories/outbox.js';
import { errorFields } from '../errorFields.js';
import type { Logger } from '../logger.js';
import { type PrintService, receiptNotBuilt } from '../receipts/printService.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { seal } from '../security/sealedFields.js';
import { appointmentCancelKind } from '../upload/senders/appointmentCancelSender.js';
import { appointmentNoticeKind } from '../upload/senders/appointmentNoticeSender.js';
import { appointmentKind } from '../upload/senders/appointmentSender.js';
import type { CardSession } from '../visit/cardSession.js';
import type { AppointmentGateway } from './appointmentGateway.js';
import { fetchOffer } from './appointmentOffer.js';
import { storedText } from './appointmentTexts.js';
import { drawBookingCode } from './bookingCode.js';
import { bookingSettled } from './bookingSettled.js';
import { buildBookingReceipt } from '../receipts/bookingReceipt.js';
import { bookingView } from './bookingView.js';
import { createBookingCodeGuard, createBookingElsewhere } from './bookingElsewhere.js';
import type { WindowLimit } from '../requests/slidingWindow.js';

export interface AppointmentServiceDeps {
  db: Database;
  /** Absent: no centre configured; the tile then says booking is not offered here. */
  gateway: AppointmentGateway | undefined;
  kioskId: string;
  keys: KioskKeys;
  cards: CardSession;
  printing: Pick<PrintService, 'submit' | 'notPrinted'>;
  centreNames: LocalizedText;
  hotline: string;
  timeZone: string;
  logger: Logger;
  now: () => Date;
  random: () => number;
  randomUuid: () => string;
  /** A booking or cancellation was queued: the upload worker may send it now. */
  onSaved: () => void;
  /**
   * How long a booking made while the centre answered waits for the centre's answer before its
   * receipt prints (then "confirmed"); with the centre away it prints at once ("waiting").
   */
  confirmWaitMs: number;
  /** Look-ups and cancellations by code per kiosk (default: bookingElsewhere.ts). */
  codeLookupLimits?: WindowLimit[];
}

export interface AppointmentService {
  getOffer(): Promise<AppointmentOffer>;
  book(draft: BookingDraft): Promise<BookingMade>;
  find(code: string): Promise<BookingView>;
  cancel(code: string): Promise<BookingView>;
  rebook(code: string, slotId: string, language: Language): Promise<BookingMade>;
}

const slotFull = () => new KioskError('invalid-input', 'slot-full', ['slotId']);

export function createAppointmentService(deps: AppointmentServiceDeps): AppointmentService {
  const { db } = deps;
  const codeGuard = createBookingCodeGuard(deps);
  /** Whether the centre answered the last time the slots were asked for. */
  let reachable = false;
  const offer = async () => {
    const read = await fetchOffer(deps);
    reachable = read.kind === 'open' ? !read.cached : read.reason === 'not-offered';
    return read;
  };
  const elsewhere = createBookingElsewhere({ ...deps, refreshOffer: offer });
  /** Saved and queued: the receipt waits briefly for the centre's answer when it is there. */
  const made = async (code: string, language: Language): Promise<BookingMade> => {
    deps.onSaved();
    if (reachable && deps.gateway) await bookingSettled(code, deps.confirmWaitMs);
    const booking = known(code);
    return { booking: view(booking), receipt: receipt(booking, language) };
  };
  const iso = () => deps.now().toISOString();
  const view = (booking: LocalBooking) => bookingView(deps, booking);
  const known = (code: string): LocalBooking => {
    const booking = readBooking(db, code);
    if (!booking) throw new KioskError('not-found', 'booking-not-found', ['code']);
    return booking;
  };
  const queueBooking = (code: string) =>
    enqueue(db, {
      kind: appointmentKind,
      subjectId: code,
      idempotencyKey: deps.randomUuid(),
      priority: 2,
      now: iso(),
    });
  const slotToTake = (slotId: string) => {
    const slot = cachedSlot(db, slotId);
    if (!slot) throw new KioskError('not-found', 'slot-not-found', ['slotId']);
    if (slot.free === 0) throw slotFull();
    return slot;
  };

  function receipt(booking: LocalBooking, language: Language): BookingMade['receipt'] {
    try {
      const document = buildBookingReceipt({
        language,
        centreName: deps.centreNames[language],
        hotline: deps.hotline,
        code: booking.code,
        serviceName: storedText(booking.serviceName, booking.serviceCode)[language],
        homeVisit: booking.homeVisit,
        date: booking.date,
        start: booking.start,
        end: booking.end,
        confirmed: booking.state === 'confirmed',
      });
      return deps.printing.submit({ purpose: 'appointment', requestId: null, document });
    } catch (error) {
      deps.logger.error('booking receipt not built', errorFields(error));
      return deps.printing.notPrinted(receiptNotBuilt);
    }
  }

  function contactOf(draft: BookingDraft) {
    if (draft.contact.kind === 'phone') {
      return { kind: 'phone' as const, phoneSealed: seal(deps.keys, draft.contact.phone) };
    }
    const holder = deps.cards.lookup(draft.contact.cardToken);
    if (!holder) throw new KioskError('invalid-input', 'card-not-read', ['contact', 'cardToken']);
    return { kind: 'id-card' as const, idHash: holder.idHash };
  }

  return {
    getOffer: offer,

    async book(draft) {
      const slot = slotToTake(draft.slotId);
      const service = cachedServices(db).find((entry) => entry.code === slot.serviceCode);
      const contact = contactOf(draft);
      const code = db.transaction(() => {
        if (!takePlace(db, slot.slotId)) throw slotFull();
        const drawn = drawBookingCode(deps.kioskId, deps.random, (c) => bookingExists(db, c));
        insertBooking(db, {
          code: drawn,
          slotId: slot.slotId,
          serviceCode: slot.serviceCode,
          serviceName: storedText(service?.name, slot.serviceCode),
          homeVisit: service?.homeVisit ?? false,
          date: slot.date,
          start: slot.start,
          end: slot.end,
          contact,
          language: draft.language,
          now: iso(),
        });
        queueBooking(drawn);
        return drawn;
      })();
      deps.logger.info('appointment booked', { code, slotId: slot.slotId });
      return made(code, draft.language);
    },

    async find(code) {
      codeGuard.count();
      // A code this kiosk never issued may be a booking made at another kiosk: the centre knows.
      if (!bookingExists(db, code)) return elsewhere.find(code);
      const booking = known(code);
      // A refused booking's next free slots are worth a fresh look at the centre.
      if (booking.state === 'slot-taken') await offer();
      return view(known(code));
    },

    async cancel(code) {
      if (!bookingExists(db, code)) {
        codeGuard.count();
        return elsewhere.cancel(code);
      }
      db.transaction(() => {
        const booking = known(code);
        if (booking.state === 'cancelled') return;
        const now = iso();
        if (booking.state === 'slot-taken') {
          settleLocally(db, appointmentNoticeKind, code, now);
          setBookingState(db, code, 'cancelled', now, false);
          return;
        }
        givePlaceBack(db, booking.slotId);
        const entry = latestEntryFor(db, appointmentKind, code);
        const neverLeft = entry !== undefined && entry.state !== 'sent' && !entry.inFlight;
        if (neverLeft) {
          // The centre has never seen it: nothing to tell it.
          settleLocally(db, appointmentKind, code, now);
          setBookingState(db, code, 'cancelled', now, false);
          return;
        }
        setBookingState(db, code, 'cancelled', now, true);
        enqueue(db, {
          kind: appointmentCancelKind,
          subjectId: code,
          idempotencyKey: deps.randomUuid(),
          priority: 2,
          now,
        });
      })();
      deps.logger.info('appointment cancelled', { code });
      deps.onSaved();
      return view(known(code));
    },

    async rebook(code, slotId, language) {
      const before = known(code);
      if (before.state !== 'slot-taken') {
        throw new KioskError('invalid-input', 'booking-not-refused', ['code']);
      }
      const slot = slotToTake(slotId);
      if (slot.serviceCode !== before.serviceCode) {
        throw new KioskError('invalid-input', 'slot-of-another-service', ['slotId']);
      }
      db.transaction(() => {
        if (!takePlace(db, slot.slotId)) throw slotFull();
        moveBooking(db, code, slot, iso());
        settleLocally(db, appointmentNoticeKind, code, iso());
        queueBooking(code);
      })();
      deps.logger.info('appointment moved to another slot', { code, slotId: slot.slotId });
      return made(code, language);
    },
  };
}
