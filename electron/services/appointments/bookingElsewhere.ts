// A booking code this kiosk never issued: the resident booked at another kiosk of the same
// centre (twenty terminals, one centre), so only the centre can say what the code holds. Asked
// online only: a look-up shows the centre's service, day, time and status; a cancellation goes
// straight to the centre (its cancel is idempotent) and is never queued here, since this kiosk
// has no booking to keep it against. The centre away is said plainly ("cannot check a booking
// made elsewhere right now", with the hotline), never "not found"; the centre's 404 is "not
// found". Nothing personal from the centre's reply is read or kept (the client's schema picks
// the slot, service and times only), and nothing of it is stored. Look-ups and cancellations by
// code are counted per kiosk (rate_limit_events), so a stranger trying many codes is slowed.
import type { Database } from 'better-sqlite3';
import { type BookingView, KioskError } from '../../../contract/index.js';
import { cachedServices, cachedSlot } from '../../../db/repositories/appointmentSlots.js';
import type { CentreHeldBooking } from '../../../upstream/client/appointmentsClient.js';
import { errorFields } from '../errorFields.js';
import type { Logger } from '../logger.js';
import { type WindowLimit, createSlidingWindow } from '../requests/slidingWindow.js';
import type { AppointmentGateway } from './appointmentGateway.js';
import { storedText } from './appointmentTexts.js';

/** A resident types a code a few times; a guesser is stopped after ten in ten minutes. */
export const defaultCodeLookupLimits: WindowLimit[] = [
  { max: 10, windowMs: 10 * 60_000 },
  { max: 30, windowMs: 60 * 60_000 },
];

export const codeLookupLimitName = 'booking-code-lookups';

export interface BookingElsewhereDeps {
  db: Database;
  gateway: AppointmentGateway | undefined;
  logger: Logger;
  now: () => Date;
  randomUuid: () => string;
  codeLookupLimits?: WindowLimit[];
  /** Reads the centre's services into the cache, for a service this kiosk has not listed yet. */
  refreshOffer: () => Promise<unknown>;
}

export interface BookingCodeGuard {
  /** Counts one look-up or cancellation by code; throws `too-many-lookups` when over the limit. */
  count(): void;
}

export function createBookingCodeGuard(
  deps: Pick<BookingElsewhereDeps, 'db' | 'now' | 'codeLookupLimits'>,
): BookingCodeGuard {
  const window = createSlidingWindow({
    db: deps.db,
    name: codeLookupLimitName,
    limits: deps.codeLookupLimits ?? defaultCodeLookupLimits,
    now: deps.now,
  });
  return {
    count() {
      if (window.isFull()) throw new KioskError('not-allowed', 'too-many-lookups', ['code']);
      window.recordOrRemember();
    },
  };
}

export interface BookingElsewhere {
  find(code: string): Promise<BookingView>;
  cancel(code: string): Promise<BookingView>;
}

const notFound = () => new KioskError('not-found', 'booking-not-found', ['code']);
const cannotCheck = () => new KioskError('unavailable', 'booking-elsewhere-unreachable', ['code']);

export function createBookingElsewhere(deps: BookingElsewhereDeps): BookingElsewhere {
  /** The centre's answer, or the plain "cannot check now" when it cannot be asked or answer. */
  async function ask<T>(call: (gateway: AppointmentGateway) => Promise<T>): Promise<T> {
    const { gateway } = deps;
    if (!gateway) throw cannotCheck();
    try {
      return await call(gateway);
    } catch (error) {
      deps.logger.warn('booking made elsewhere not checked', errorFields(error));
      throw cannotCheck();
    }
  }

  async function viewOf(code: string, status: 'booked' | 'cancelled', held: CentreHeldBooking) {
    const listed = () => cachedServices(deps.db).some((entry) => entry.code === held.serviceCode);
    if (held.serviceCode !== null && !listed()) await deps.refreshOffer();
    const slot = held.slotId === null ? undefined : cachedSlot(deps.db, held.slotId);
    const serviceCode = held.serviceCode ?? slot?.serviceCode ?? null;
    const service = cachedServices(deps.db).find((entry) => entry.code === serviceCode);
    const date = held.date ?? slot?.date;
    const start = held.start ?? slot?.start;
    const end = held.end ?? slot?.end;
    // Without a day and time there is nothing a resident could act on: say it cannot be checked.
    if (!serviceCode || !date || !start || !end) throw cannotCheck();
    const view: BookingView = {
      code,
      serviceName: storedText(service?.name, serviceCode),
      homeVisit: service?.homeVisit ?? false,
      date,
      start,
      end,
      state: status === 'cancelled' ? 'cancelled' : 'confirmed',
      cancelPending: false,
      nextFreeSlots: [],
    };
    return view;
  }

  return {
    async find(code) {
      const result = await ask((gateway) => gateway.findBooking(code));
      if (result.kind !== 'found') throw notFound();
      return viewOf(code, result.status, result.held);
    },

    async cancel(code) {
      const result = await ask((gateway) => gateway.cancel(code, deps.randomUuid()));
      if (result.kind !== 'cancelled') throw notFound();
      deps.logger.info('appointment made elsewhere cancelled at the centre', { code });
      return viewOf(code, 'cancelled', result.held);
    },
  };
}
