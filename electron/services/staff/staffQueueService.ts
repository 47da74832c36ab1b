// The staff calls for the queue, the requests on this kiosk and reprints, assembled from their
// parts (staffQueueView, staffQueueActions, staffRequests, staffReprint) over one session check
// and one audit trail. kioskRuntime.ts builds it; kioskServices.ts maps each call onto it.
import type { Database } from 'better-sqlite3';
import type { PlatformOffer } from '../platform/platformOffer.js';
import type { ServiceCatalog } from '../platform/serviceCatalog.js';
import type { PrintService } from '../receipts/printService.js';
import { getRequest } from '../../../db/repositories/requests.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import type { UploadWorker } from '../upload/uploadWorker.js';
import { createStaffGuard } from './staffQueueDeps.js';
import { type StaffQueueActions, createStaffQueueActions } from './staffQueueActions.js';
import { type StaffQueueViews, createStaffQueueViews } from './staffQueueView.js';
import { type StaffReprints, createStaffReprints } from './staffReprint.js';
import { type StaffRequests, createStaffRequests } from './staffRequests.js';
import type { StaffService } from './staffService.js';

export interface StaffQueueServiceDeps {
  db: Database;
  staff: Pick<StaffService, 'session'>;
  keys: KioskKeys;
  catalog: Pick<ServiceCatalog, 'accepted' | 'standing'>;
  offer: Pick<PlatformOffer, 'resolveService'>;
  upload: UploadWorker | undefined;
  printing: Pick<PrintService, 'submit'>;
  timeZone: string;
  now: () => Date;
}

export interface StaffQueueService {
  views: StaffQueueViews;
  actions: StaffQueueActions;
  requests: StaffRequests;
  reprints: StaffReprints;
}

export function createStaffQueueService(deps: StaffQueueServiceDeps): StaffQueueService {
  const { db, now } = deps;
  const guard = createStaffGuard({ db, staff: deps.staff, now });
  const upload = deps.upload;
  return {
    views: createStaffQueueViews({
      db,
      guard,
      keys: deps.keys,
      catalog: deps.catalog,
      uploadState: upload ? () => upload.state() : undefined,
      now,
    }),
    actions: createStaffQueueActions({
      db,
      guard,
      keys: deps.keys,
      catalog: deps.catalog,
      currentServiceCode: (requestId) => {
        const request = getRequest(db, requestId);
        if (!request) return null;
        const resolution = deps.offer.resolveService(request);
        return 'serviceCode' in resolution ? resolution.serviceCode : null;
      },
      upload,
      now,
    }),
    requests: createStaffRequests({ db, guard, now }),
    reprints: createStaffReprints({
      db,
      guard,
      printing: deps.printing,
      timeZone: deps.timeZone,
      now,
    }),
  };
}
