// Assembles the platform side of the kiosk from configuration and the data dir: the cached
// catalogue, service-mapping.json (a bad one stops start-up, naming the entry), the offer built
// on them, and — when a centre is configured — the discovery that keeps the catalogue fresh.
// kioskRuntime calls this once; it starts the discovery and stops it on close.
import type { Database } from 'better-sqlite3';
import type { KioskConfig } from '../../config/configSchema.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { Logger } from '../logger.js';
import type { CentreGateway } from '../upload/centreGateway.js';
import { loadServiceMapping, unknownNeedIds } from './mappingFile.js';
import { type PlatformOffer, createPlatformOffer } from './platformOffer.js';
import { type ServiceCatalog, openServiceCatalog } from './serviceCatalog.js';
import { type ServiceDiscovery, type Timers, createServiceDiscovery } from './serviceDiscovery.js';

export interface PlatformParts {
  offer: PlatformOffer;
  catalog: ServiceCatalog;
  /** Absent with no centre configured. */
  discovery: ServiceDiscovery | undefined;
}

export function openPlatform(deps: {
  config: Pick<
    KioskConfig,
    'upstreamUrl' | 'kioskLatitude' | 'kioskLongitude' | 'kioskAddress' | 'serviceRefreshMinutes'
  >;
  dataDir: string;
  db: Database;
  directory: CommunityDirectory;
  gateway: Pick<CentreGateway, 'getServices' | 'getServiceDefinition'> | undefined;
  logger: Logger;
  now: () => Date;
  timers?: Timers;
  /** Told after every good refresh, e.g. so the upload worker retries requests it held. */
  onRefreshed?: () => void;
}): PlatformParts {
  const { config, logger } = deps;
  const file = loadServiceMapping(deps.dataDir);
  const typos = unknownNeedIds(file.mapping, deps.directory.data());
  if (typos.length > 0) {
    logger.warn('service-mapping.json names needs the directory does not have', {
      file: file.path,
      needIds: typos,
    });
  }
  const catalog = openServiceCatalog(deps.db, logger);
  const configured = config.upstreamUrl !== '' && deps.gateway !== undefined;
  const offer = createPlatformOffer({
    configured,
    catalog,
    mappingFile: file.mapping,
    directory: deps.directory,
    kioskPlace: {
      latitude: config.kioskLatitude,
      longitude: config.kioskLongitude,
      address: config.kioskAddress,
    },
    logger,
  });
  if (configured && config.kioskAddress === '' && config.kioskLatitude === null) {
    logger.warn(
      'kioskAddress and kioskLatitude/kioskLongitude are not set: requests about the kiosk’s ' +
        'own place are sent with the centre’s address from the directory',
    );
  }
  offer.checkEmergency();
  const discovery =
    configured && deps.gateway
      ? createServiceDiscovery({
          db: deps.db,
          gateway: deps.gateway,
          catalog,
          logger,
          now: deps.now,
          refreshMs: config.serviceRefreshMinutes * 60_000,
          ...(deps.timers ? { timers: deps.timers } : {}),
          onRefreshed: () => {
            offer.checkEmergency();
            deps.onRefreshed?.();
          },
        })
      : undefined;
  return { offer, catalog, discovery };
}
