// The platform's services as the kiosk knows them right now, read from the SQLite cache (the last
// good refresh). "Accepted" means the platform would take a request under the code today: listed
// in the last good list, and with its definition known when it declares one. A cache written by
// an older kiosk is cleaned by the same text rules as a fresh refresh (platformText.ts).
import type { Database } from 'better-sqlite3';
import {
  type PlatformCatalogState,
  readCatalogState,
  readPlatformServices,
} from '../../../db/repositories/platformCatalog.js';
import type { Logger } from '../logger.js';
import type { PlatformDefinition, PlatformService } from '../upload/centreGateway.js';
import { PlatformDefinitionSchema, PlatformServiceSchema, firstIssue } from './platformSchemas.js';
import { keepNamedServices, showableDefinition } from './platformText.js';

export type ServiceStanding =
  | { kind: 'accepted'; service: PlatformService; definition: PlatformDefinition | null }
  | { kind: 'withdrawn'; service: PlatformService; since: string }
  /** Listed, declares attributes (metadata), but its definition could never be read. */
  | { kind: 'no-definition'; service: PlatformService }
  | { kind: 'unknown' };

export interface KnownService {
  service: PlatformService;
  definition: PlatformDefinition | null;
  withdrawnAt: string | null;
}

export interface ServiceCatalog {
  standing(code: string): ServiceStanding;
  /** Services a request can be filed under now, in the platform's order of codes. */
  accepted(): { service: PlatformService; definition: PlatformDefinition | null }[];
  known(code: string): KnownService | undefined;
  counts(): { accepted: number; withdrawn: number };
  state(): PlatformCatalogState | undefined;
  /** Changes whenever reload() found something different; cheap to compare. */
  version(): number;
  reload(): void;
}

export function openServiceCatalog(db: Database, logger: Logger): ServiceCatalog {
  let services = new Map<string, KnownService>();
  let revision = 0;
  let lastSignature = '';

  const reload = () => {
    const next = new Map<string, KnownService>();
    const rows = readPlatformServices(db);
    for (const row of rows) {
      const service = PlatformServiceSchema.safeParse(row.service);
      if (!service.success) {
        logger.error('a cached platform service is unreadable; ignoring it', {
          serviceCode: row.code,
          issue: firstIssue(service.error),
        });
        continue;
      }
      if (keepNamedServices([service.data], logger).length === 0) continue;
      const definition =
        row.definition === null ? null : PlatformDefinitionSchema.safeParse(row.definition);
      if (definition && !definition.success) {
        logger.error('a cached service definition is unreadable; ignoring it', {
          serviceCode: row.code,
          issue: firstIssue(definition.error),
        });
      }
      const showable = definition?.success ? showableDefinition(definition.data, logger) : null;
      if (showable?.kind === 'unusable') {
        logger.error('a cached service definition cannot be asked; ignoring it', {
          serviceCode: row.code,
          issue: showable.reason,
        });
      }
      next.set(row.code, {
        service: service.data,
        definition: showable?.kind === 'ok' ? showable.definition : null,
        withdrawnAt: row.withdrawnAt,
      });
    }
    const signature = JSON.stringify(rows);
    if (signature !== lastSignature) revision += 1;
    lastSignature = signature;
    services = next;
  };
  reload();

  const standing = (code: string): ServiceStanding => {
    const known = services.get(code);
    if (!known) return { kind: 'unknown' };
    if (known.withdrawnAt !== null)
      return { kind: 'withdrawn', service: known.service, since: known.withdrawnAt };
    if (known.service.metadata && known.definition === null)
      return { kind: 'no-definition', service: known.service };
    return { kind: 'accepted', service: known.service, definition: known.definition };
  };

  return {
    standing,
    accepted: () =>
      [...services.values()]
        .filter((known) => standing(known.service.code).kind === 'accepted')
        .map(({ service, definition }) => ({ service, definition })),
    known: (code) => services.get(code),
    counts: () => {
      let accepted = 0;
      let withdrawn = 0;
      for (const code of services.keys()) {
        const kind = standing(code).kind;
        if (kind === 'accepted') accepted += 1;
        if (kind === 'withdrawn') withdrawn += 1;
      }
      return { accepted, withdrawn };
    },
    state: () => readCatalogState(db),
    version: () => revision,
    reload,
  };
}
