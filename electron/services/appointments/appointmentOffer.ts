// The services and slots the tile offers: asked of the centre each time the journey opens and
// cached (migration 0020) whole, so the journey still books from the cached slots while the
// centre is away; none at all where no centre is configured or it has no appointments extension
// (the tile then says plainly that booking is not offered here). Slots of days already gone are
// dropped; full slots are kept, to be shown as full.
import type { Database } from 'better-sqlite3';
import type { AppointmentOffer, AppointmentService } from '../../../contract/index.js';
import { waitingInSlot } from '../../../db/repositories/appointmentBookings.js';
import { cachedServices, replaceSlots } from '../../../db/repositories/appointmentSlots.js';
import type { CentreAppointmentService } from '../../../upstream/client/appointmentsClient.js';
import { serviceDate } from '../intake/serviceDate.js';
import type { Logger } from '../logger.js';
import type { AppointmentGateway } from './appointmentGateway.js';
import { localized, storedText } from './appointmentTexts.js';

export interface OfferDeps {
  db: Database;
  gateway: AppointmentGateway | undefined;
  logger: Logger;
  now: () => Date;
  timeZone: string;
}

function fromCentre(service: CentreAppointmentService, today: string): AppointmentService {
  return {
    code: service.code,
    name: localized(service.name, service.code),
    description: localized(service.description, ''),
    homeVisit: service.homeVisit,
    slots: service.slots.filter((slot) => slot.date >= today),
  };
}

/** The cached services, read back; those without any slot left are not offered. */
export function cachedOffer(deps: OfferDeps): AppointmentService[] {
  const today = serviceDate(deps.now(), deps.timeZone);
  return cachedServices(deps.db)
    .map((row) => ({
      code: row.code,
      name: storedText(row.name, row.code),
      description: storedText(row.description, ''),
      homeVisit: row.homeVisit,
      slots: row.slots.filter((slot) => slot.date >= today),
    }))
    .filter((service) => service.slots.length > 0);
}

export async function fetchOffer(deps: OfferDeps): Promise<AppointmentOffer> {
  if (!deps.gateway) return { kind: 'none', reason: 'not-offered' };
  try {
    const reply = await deps.gateway.listSlots();
    if (reply.kind === 'unsupported') {
      replaceSlots(deps.db, [], deps.now().toISOString(), () => 0);
      return { kind: 'none', reason: 'not-offered' };
    }
    if (reply.skipped > 0) {
      deps.logger.warn('the centre listed appointment slots the kiosk could not read', {
        skipped: reply.skipped,
      });
    }
    const today = serviceDate(deps.now(), deps.timeZone);
    const services = reply.services
      .map((service) => fromCentre(service, today))
      .filter((service) => service.slots.length > 0);
    replaceSlots(deps.db, services, deps.now().toISOString(), (slotId) =>
      waitingInSlot(deps.db, slotId),
    );
    const offered = cachedOffer(deps);
    return offered.length > 0
      ? { kind: 'open', services: offered, cached: false }
      : { kind: 'none', reason: 'not-offered' };
  } catch (error) {
    const offered = cachedOffer(deps);
    deps.logger.warn('the centre did not answer for its appointment slots; using the cache', {
      cached: offered.length > 0,
      error: error instanceof Error ? error.name : 'unknown',
    });
    return offered.length > 0
      ? { kind: 'open', services: offered, cached: true }
      : { kind: 'none', reason: 'unreachable' };
  }
}
