// "Contact the centre" in the kiosk's services: the centre's hotline, hours and address, the
// resident's grid and worker (from the address on the card read in this visit, or a street from
// the list) and the service points near them, all from the directory in force, so it works the
// same with the centre unreachable. The card's address is read from the visit's card session,
// placed in a grid and dropped: it is never returned, stored or logged. The contact slip prints
// the same public data through the receipt printer's queue.
import type {
  ContactInfo,
  ContactQuery,
  ContactSlipRequest,
  GridContactCard,
  ServicePointCard,
} from '../../../contract/contact.js';
import type {
  AddressRule,
  Grid,
  LocalizedText,
  ServiceResource,
} from '../../../contract/community.js';
import { KioskError, type ReceiptOutcome } from '../../../contract/index.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import { errorFields } from '../errorFields.js';
import type { Logger } from '../logger.js';
import { isOpenAt } from '../matching/openingHours.js';
import { buildContactSlip } from '../receipts/contactSlip.js';
import { type PrintService, receiptNotBuilt } from '../receipts/printService.js';
import type { CardSession } from '../visit/cardSession.js';
import { placeAddress } from './addressLookup.js';
import { hoursText } from './hoursText.js';
import { gridsOfStreet, streetList } from './streetList.js';
import { streetName } from './streetNames.js';

export interface ContactServiceDeps {
  directory: Pick<CommunityDirectory, 'data' | 'source'>;
  cards: Pick<CardSession, 'lookup'>;
  printing: Pick<PrintService, 'submit' | 'notPrinted'>;
  /** The centre's name as the screens write it (communityNames.ts). */
  centreNames: LocalizedText;
  /** The hotline every screen shows (config centreHotline). */
  hotline: string;
  now: () => Date;
  timeZone: string;
  logger: Logger;
}

export interface ContactService {
  info(query: ContactQuery): ContactInfo;
  printSlip(request: ContactSlipRequest): ReceiptOutcome;
}

const gridCard = (
  grid: Grid,
  rules: readonly AddressRule[],
  grids: readonly Grid[],
): GridContactCard => ({
  gridId: grid.id,
  name: grid.name,
  area: grid.area,
  worker: { name: grid.worker.name, phone: grid.worker.phone },
  rules: rules.map((rule) => ({
    ...rule,
    streetName: streetName(
      rule.street,
      grids.flatMap((g) => g.addressRules ?? []),
    ),
  })),
});

export function createContactService(deps: ContactServiceDeps): ContactService {
  const hotlineOnly = () => deps.directory.source() === 'hotline-only';

  const servicePoints = (gridIds: readonly string[]): ServicePointCard[] => {
    const at = deps.now();
    const rank = (resource: ServiceResource) =>
      resource.gridId !== null && gridIds.includes(resource.gridId)
        ? 0
        : resource.gridId === null
          ? 1
          : 2;
    return deps.directory
      .data()
      .resources.filter((resource) => resource.kind === 'service-point')
      .map((resource, order) => ({ resource, order, rank: rank(resource) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ resource, rank: r }) => ({
        id: resource.id,
        name: resource.name,
        address: resource.address,
        phone: resource.phone,
        sameGrid: r === 0,
        openNow: isOpenAt(resource.hours, at, deps.timeZone),
        hoursText: hoursText(resource.hours),
      }));
  };

  const place = (query: ContactQuery): ContactInfo['place'] => {
    const grids = deps.directory.data().grids;
    if (query.by === 'centre') return { outcome: 'not-asked' };
    if (query.by === 'card') {
      const holder = deps.cards.lookup(query.cardToken);
      if (!holder) throw new KioskError('not-found', 'card-expired', ['cardToken']);
      if (hotlineOnly() || !holder.address) return { outcome: 'no-grid', street: null };
      const found = placeAddress(holder.address, grids);
      return found.outcome === 'grid'
        ? { outcome: 'grids', grids: [gridCard(found.grid, [], grids)] }
        : { outcome: 'no-grid', street: found.street };
    }
    const ofStreet = hotlineOnly() ? [] : gridsOfStreet(query.street, grids);
    if (ofStreet.length === 0) throw new KioskError('not-found', 'street-not-found', ['street']);
    return {
      outcome: 'grids',
      grids: ofStreet.map(({ grid, rules }) => gridCard(grid, rules, grids)),
    };
  };

  return {
    info(query) {
      const data = deps.directory.data();
      const known = !hotlineOnly();
      const where = place(query);
      const gridIds = where.outcome === 'grids' ? where.grids.map((grid) => grid.gridId) : [];
      return {
        centre: {
          name: deps.centreNames,
          hotline: deps.hotline,
          hoursText: known ? data.centre.hoursText : null,
          address: known ? data.centre.address : null,
          openNow: known ? isOpenAt(data.centre.hours, deps.now(), deps.timeZone) : null,
        },
        directory: known ? 'full' : 'hotline-only',
        place: where,
        streets: known ? streetList(data.grids) : [],
        servicePoints: known ? servicePoints(gridIds) : [],
      };
    },

    printSlip(request) {
      const data = deps.directory.data();
      const known = !hotlineOnly();
      const language = request.language;
      const grid = request.gridId ? data.grids.find((g) => g.id === request.gridId) : null;
      if (request.gridId && (!grid || !known))
        throw new KioskError('not-found', 'grid-not-found', ['gridId']);
      const points = request.servicePointIds.map((id, index) => {
        const point = data.resources.find((r) => r.id === id && r.kind === 'service-point');
        if (!point)
          throw new KioskError('not-found', 'service-point-not-found', ['servicePointIds', index]);
        return point;
      });
      let document: ReturnType<typeof buildContactSlip>;
      try {
        document = buildContactSlip({
          language,
          centreName: deps.centreNames[language],
          hotline: deps.hotline,
          hoursText: known ? data.centre.hoursText[language] : null,
          address: known ? data.centre.address[language] : null,
          grid: grid
            ? { name: grid.name[language], workerName: grid.worker.name, phone: grid.worker.phone }
            : null,
          servicePoints: points.map((point) => ({
            name: point.name[language],
            address: point.address[language],
            phone: point.phone,
            hoursText: hoursText(point.hours)[language],
          })),
          call: request.call,
        });
      } catch (error) {
        deps.logger.error('contact slip not built', errorFields(error));
        return deps.printing.notPrinted(receiptNotBuilt);
      }
      return deps.printing.submit({ purpose: 'contact', requestId: null, document });
    },
  };
}
