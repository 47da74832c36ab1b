// Learns what the centre's platform accepts: its service list and each declared definition,
// at start and every serviceRefreshMinutes. Only a good list replaces the cached copy; a failed
// or invalid one is logged and recorded, and the kiosk keeps offering what it last knew. A read
// that failed (or could not read a definition) is tried again soon, backing off, not an hour
// later: a platform blip at start must not leave the kiosk without its catalogue that long.
import type { Database } from 'better-sqlite3';
import { recordFailedRefresh, saveGoodRefresh } from '../../../db/repositories/platformCatalog.js';
import type { Logger } from '../logger.js';
import type {
  CentreGateway,
  PlatformDefinition,
  PlatformService,
} from '../upload/centreGateway.js';
import {
  PlatformDefinitionSchema,
  PlatformServiceListSchema,
  firstIssue,
} from './platformSchemas.js';
import { keepNamedServices, showableDefinition } from './platformText.js';
import type { ServiceCatalog } from './serviceCatalog.js';

export type RefreshOutcome =
  | { kind: 'refreshed'; services: number; withdrawn: string[]; definitionProblems: string[] }
  | { kind: 'failed'; reason: string };

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DiscoveryDeps {
  db: Database;
  gateway: Pick<CentreGateway, 'getServices' | 'getServiceDefinition'>;
  catalog: ServiceCatalog;
  logger: Logger;
  now: () => Date;
  refreshMs: number;
  /**
   * After a failed refresh, or one that could not read a definition, the next one comes after
   * retryMs, doubling while they keep failing, never later than refreshMs. 5 s by default.
   */
  retryMs?: number;
  timers?: Timers;
  /** Told after every good refresh, e.g. to recompute what residents are offered. */
  onRefreshed?: () => void;
}

export interface ServiceDiscovery {
  refresh(): Promise<RefreshOutcome>;
  /** Refreshes now, then every refreshMs until stop(). */
  start(): void;
  stop(): Promise<void>;
}

const reasonOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 300);

export function createServiceDiscovery(deps: DiscoveryDeps): ServiceDiscovery {
  const timers: Timers = deps.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const { logger } = deps;

  const fail = (reason: string): RefreshOutcome => {
    recordFailedRefresh(deps.db, deps.now().toISOString(), reason);
    logger.warn('the platform’s services could not be refreshed; keeping the last good copy', {
      reason,
    });
    return { kind: 'failed', reason };
  };

  const definitionOf = async (
    service: PlatformService,
    problems: string[],
  ): Promise<PlatformDefinition | null> => {
    if (!service.metadata) return null;
    const previous = deps.catalog.known(service.code)?.definition ?? null;
    let problem: string;
    try {
      const parsed = PlatformDefinitionSchema.safeParse(
        await deps.gateway.getServiceDefinition(service.code),
      );
      const showable =
        parsed.success && parsed.data.serviceCode === service.code
          ? showableDefinition(parsed.data, logger)
          : undefined;
      if (showable?.kind === 'ok') return showable.definition;
      problem = !parsed.success
        ? firstIssue(parsed.error)
        : showable
          ? showable.reason
          : `the definition is for ${parsed.data.serviceCode}`;
    } catch (error) {
      problem = reasonOf(error);
    }
    problems.push(service.code);
    if (previous) {
      logger.warn('a service definition could not be refreshed; keeping the previous one', {
        serviceCode: service.code,
        reason: problem,
      });
    } else {
      logger.error('a service declares attributes but its definition cannot be read; not offered', {
        serviceCode: service.code,
        reason: problem,
      });
    }
    return previous;
  };

  const refresh = async (): Promise<RefreshOutcome> => {
    let listed: unknown;
    try {
      listed = await deps.gateway.getServices();
    } catch (error) {
      return fail(reasonOf(error));
    }
    const list = PlatformServiceListSchema.safeParse(listed);
    if (!list.success) return fail(`invalid service list: ${firstIssue(list.error)}`);
    const named = keepNamedServices(list.data, logger);
    if (named.length === 0) return fail('invalid service list: no service has a readable name');
    const problems: string[] = [];
    const services = [];
    for (const service of named) {
      services.push({
        code: service.code,
        service,
        definition: await definitionOf(service, problems),
      });
    }
    const { withdrawn } = saveGoodRefresh(deps.db, { at: deps.now().toISOString(), services });
    for (const code of withdrawn)
      logger.warn('the platform no longer lists a service; marked withdrawn', {
        serviceCode: code,
      });
    deps.catalog.reload();
    logger.info('the platform’s services refreshed', {
      services: services.length,
      withdrawn: withdrawn.length,
      definitionProblems: problems.length,
    });
    deps.onRefreshed?.();
    return {
      kind: 'refreshed',
      services: services.length,
      withdrawn,
      definitionProblems: problems,
    };
  };

  let timer: unknown;
  let running: Promise<unknown> | undefined;
  let stopped = true;
  let troubledInARow = 0;
  const nextWaitMs = () =>
    troubledInARow === 0
      ? deps.refreshMs
      : Math.min(deps.refreshMs, (deps.retryMs ?? 5_000) * 2 ** Math.min(troubledInARow - 1, 20));
  const tick = () => {
    running = refresh()
      .then((outcome) => outcome.kind === 'failed' || outcome.definitionProblems.length > 0)
      .catch((error: unknown) => {
        logger.error('service refresh crashed', { reason: reasonOf(error) });
        return true;
      })
      .then((troubled) => {
        troubledInARow = troubled ? troubledInARow + 1 : 0;
      })
      .finally(() => {
        running = undefined;
        if (!stopped) timer = timers.setTimeout(tick, nextWaitMs());
      });
  };

  return {
    refresh,
    start() {
      if (!stopped) return;
      stopped = false;
      tick();
    },
    async stop() {
      stopped = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
