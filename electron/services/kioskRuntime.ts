// Assembles the kiosk's services from configuration and the data dir. Both shells (Electron and
// the local HTTP host) start the kiosk through this one function.
import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KioskServices } from '../../contract/index.js';
import { openDatabase } from '../../db/openDatabase.js';
import { installationId } from '../../db/repositories/kioskMeta.js';
import {
  type Shell,
  recordStart,
  recordStop,
  uncleanRunsBefore,
} from '../../db/repositories/processRuns.js';
import type { KioskConfig } from '../config/configSchema.js';
import { loadConfig } from '../config/loadConfig.js';
import { appVersion } from './appPaths.js';
import { type CallDispatcher, createDispatcher } from './dispatch.js';
import { createHardware } from './hardware.js';
import { createKioskServices } from './kioskServices.js';
import { type Logger, createLogger } from './logger.js';
import { createVisitSettingsStore } from './visitSettings.js';

export interface KioskRuntimeOptions {
  dataDir: string;
  shell: Shell;
  env?: Record<string, string | undefined>;
  logger?: Logger;
  now?: () => Date;
  /** better_sqlite3.node built for Electron's ABI; Node uses the one in node_modules. */
  sqliteNativeBinding?: string;
}

export interface KioskRuntime {
  config: KioskConfig;
  db: Database;
  services: KioskServices;
  dispatch: CallDispatcher;
  logger: Logger;
  close(): void;
}

export function startKioskRuntime(options: KioskRuntimeOptions): KioskRuntime {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? createLogger();
  const config = loadConfig(options.dataDir, options.env ?? process.env);
  // The data dir will hold residents' requests: readable by the kiosk's user only.
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const db = openDatabase(
    join(options.dataDir, 'kiosk.sqlite'),
    options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {},
  );
  const version = appVersion();
  const startedAt = now();
  const run = recordStart(db, options.shell, version, startedAt);
  for (const unclean of uncleanRunsBefore(db, run.id).slice(-3)) {
    logger.warn('an earlier run did not stop cleanly', {
      runId: unclean.id,
      startedAt: unclean.startedAt,
    });
  }
  logger.info('kiosk started', {
    kioskId: config.kioskId,
    installation: installationId(db, startedAt),
    version,
    shell: options.shell,
    demoMode: config.demoMode,
  });
  const hardware = createHardware(config);
  const services = createKioskServices({
    config,
    version,
    startedAt,
    hardware,
    visit: createVisitSettingsStore(config.defaultLanguage),
  });
  let closed = false;
  return {
    config,
    db,
    services,
    dispatch: createDispatcher(services, logger),
    logger,
    close: () => {
      if (closed) return;
      closed = true;
      recordStop(db, run.id, now());
      db.close();
      logger.info('kiosk stopped', { runId: run.id });
    },
  };
}
