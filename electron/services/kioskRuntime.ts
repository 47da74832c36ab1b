// Assembles the kiosk's services from configuration and the data dir. Both shells (Electron and
// the local HTTP host) start the kiosk through this one function.
import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
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
import { createCardService } from './cards/cardService.js';
import { type CommunityDirectory, openCommunityDirectory } from './community/communityDirectory.js';
import { loadDirectoryFile } from './community/directoryFile.js';
import { type CardReaderDevice, openCardReaderDevice } from './devices/cardReaderDevice.js';
import { type PrinterDevice, openPrinterDevice, previewReceipts } from './devices/printerDevice.js';
import { type CallDispatcher, createDispatcher } from './dispatch.js';
import { createIntakeService } from './intake/intakeService.js';
import { createKioskServices } from './kioskServices.js';
import { errorFields } from './errorFields.js';
import { type PlatformParts, openPlatform } from './platform/openPlatform.js';
import { type Logger, createLogger } from './logger.js';
import { type PrintService, createPrintService } from './receipts/printService.js';
import { createRequestStatusService } from './requests/requestStatusService.js';
import { type KeyProtector, type KioskKeys, loadOrCreateKeys } from './security/kioskKeys.js';
import { createCardSession } from './visit/cardSession.js';
import { createVisitSettingsStore } from './visitSettings.js';
import { createStaffService } from './staff/staffService.js';
import { createStaffSessions } from './staff/staffSessions.js';
import { createCentreClient } from '../../upstream/client/index.js';
import { classifyCentreFailure, createCentreGateway } from './upload/centreClientGateway.js';
import { createUploadWorker, uploadState } from './upload/uploadWorker.js';

export interface KioskRuntimeOptions {
  dataDir: string;
  shell: Shell;
  env?: Record<string, string | undefined>;
  logger?: Logger;
  now?: () => Date;
  /** better_sqlite3.node built for Electron's ABI; Node uses the one in node_modules. */
  sqliteNativeBinding?: string;
  /** The OS keyring for the kiosk key, where the shell has one (Electron safeStorage). */
  keyProtector?: KeyProtector;
}

export interface KioskRuntime {
  config: KioskConfig;
  db: Database;
  services: KioskServices;
  dispatch: CallDispatcher;
  logger: Logger;
  devices: { cardReader: CardReaderDevice; printer: PrinterDevice };
  printing: PrintService;
  directory: CommunityDirectory;
  /** What the centre's platform accepts and how needs map onto it. */
  platform: PlatformParts;
  keys: KioskKeys;
  /** Stops the devices, records a clean stop and closes the database. */
  close(): Promise<void>;
}

export function startKioskRuntime(options: KioskRuntimeOptions): KioskRuntime {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? createLogger();
  const config = loadConfig(options.dataDir, options.env ?? process.env);
  // A bad directory.json stops start-up here, naming the entry, before anything is opened.
  const provisionedDirectory = loadDirectoryFile(options.dataDir).data;
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
  const keys = loadOrCreateKeys(options.dataDir, options.keyProtector);
  const cardReader = openCardReaderDevice(config.cardReader, logger, {
    // A demo reader answers as slowly as a real one, so "keep the card still" is seen.
    simulatorReadDelayMs: config.demoMode ? 600 : 0,
  });
  const printer = openPrinterDevice(config.printer, logger);
  const directory = openCommunityDirectory(db, logger, now, {
    demoMode: config.demoMode,
    provisioned: provisionedDirectory,
    communityName: config.communityName,
    hotline: config.centreHotline,
  });
  const cards = createCardSession();
  const printing = createPrintService({ db, printer, logger, now });
  const staff = createStaffService({
    db,
    mode: config.staffEntry,
    sessions: createStaffSessions({
      now,
      randomToken: () => randomBytes(32).toString('base64url'),
    }),
    cardIdHash: (cardToken) => cards.lookup(cardToken)?.idHash,
    now,
  });
  const stopStaffSweep = staff.startIdleSweep(15_000);
  const gateway = config.upstreamUrl
    ? createCentreGateway(
        createCentreClient({
          baseUrl: config.upstreamUrl,
          apiKey: config.upstreamApiKey,
          timeoutMs: config.upstreamTimeoutMs,
          ...(config.upstreamJurisdiction ? { jurisdictionId: config.upstreamJurisdiction } : {}),
          // A record the client could not read is skipped, not fatal; staff see it in the log.
          onSkipped: (report) =>
            logger.warn('the centre sent records the kiosk could not read', { ...report }),
        }),
      )
    : undefined;
  const platform = openPlatform({
    config,
    dataDir: options.dataDir,
    db,
    directory,
    gateway,
    logger,
    now,
    // Requests held for want of a service may have one now.
    onRefreshed: () => upload?.catalogueChanged(),
  });
  const upload = gateway
    ? createUploadWorker({
        db,
        gateway,
        classify: classifyCentreFailure,
        keys,
        directory,
        resolveService: (request) => platform.offer.resolveService(request),
        kioskLocation: () => platform.offer.kioskLocation(),
        settings: {
          backoff: { baseMs: config.retryBaseMs, capMs: config.retryCapMs },
          maxInFlight: 4,
          idleMs: 1_000,
          statusPollMs: config.statusPollSeconds * 1000,
          directoryPollMs: 15 * 60_000,
          retentionDays: config.retentionDays,
          // A request held for want of a mapped service is tried again this often.
          heldRetryMs: 15 * 60_000,
        },
        logger,
        now,
      })
    : undefined;
  if (!upload)
    logger.warn('no centre is configured (KIOSK_UPSTREAM_URL): requests stay on this kiosk');
  const services = createKioskServices({
    config,
    version,
    startedAt,
    hardware: { cardReader: () => cardReader.status(), printer: () => printer.status() },
    visit: createVisitSettingsStore(config.defaultLanguage),
    cards,
    cardReading: createCardService({
      reader: cardReader,
      cards,
      keys,
      directory,
      demoMode: config.demoMode,
      logger,
    }),
    directory,
    intake: createIntakeService({
      db,
      kioskId: config.kioskId,
      timeZone: config.timeZone,
      keys,
      directory,
      cards,
      printing,
      platform: platform.offer,
      logger,
      now,
      onSaved: () => upload?.nudge(),
    }),
    platform: platform.offer,
    printing,
    upstreamState: () => ({
      configured: upload !== undefined,
      ...(upload?.state() ?? uploadState(db, now)),
    }),
    printerPreview: printer.virtualPrinter ? () => previewReceipts(printer) : undefined,
    staff,
    requests: createRequestStatusService({
      db,
      kioskId: config.kioskId,
      directory,
      cards,
      logger,
      now,
      printing,
      timeZone: config.timeZone,
      onSaved: () => upload?.nudge(),
    }),
  });
  platform.discovery?.start();
  upload?.start();
  let closing: Promise<void> | undefined;
  return {
    config,
    db,
    services,
    dispatch: createDispatcher(services, logger),
    logger,
    devices: { cardReader, printer },
    printing,
    directory,
    platform,
    keys,
    close: () => {
      closing ??= (async () => {
        stopStaffSweep();
        await platform.discovery?.stop();
        await upload?.stop();
        await printing.idle();
        await Promise.allSettled([cardReader.close(), printer.close()]);
        // A full disk must not keep the database open: the next start would then see this run
        // as unclean, which is true and harmless; an open file is neither.
        try {
          recordStop(db, run.id, now());
        } catch (error) {
          logger.error('clean stop not recorded', { runId: run.id, ...errorFields(error) });
        }
        db.close();
        logger.info('kiosk stopped', { runId: run.id });
      })();
      return closing;
    },
  };
}
