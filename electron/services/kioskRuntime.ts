// Assembles the kiosk's services from configuration and the data dir. Both shells (Electron and
// the local HTTP host) start the kiosk through this one function (by way of startKiosk.ts, which
// loads the demo module in demo mode only). Outside demo mode it starts only with a real
// configuration (productionReadiness.ts); it never imports demo/ itself.
import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { type KioskServices, kioskCalls } from '../../contract/index.js';
import { openDatabase } from '../../db/openDatabase.js';
import { installationId } from '../../db/repositories/kioskMeta.js';
import {
  type Shell,
  recordStart,
  recordStop,
  uncleanRunsBefore,
} from '../../db/repositories/processRuns.js';
import type { KioskConfig } from '../config/configSchema.js';
import { ConfigError, loadConfig } from '../config/loadConfig.js';
import { appVersion } from './appPaths.js';
import { createCardService } from './cards/cardService.js';
import { type CommunityDirectory, openCommunityDirectory } from './community/communityDirectory.js';
import { loadDirectoryFile } from './community/directoryFile.js';
import {
  type CardReaderDevice,
  demoSimulatorReadDelayMs,
  openCardReaderDevice,
} from './devices/cardReaderDevice.js';
import { type PrinterDevice, openPrinterDevice } from './devices/printerDevice.js';
import type { DemoKit } from './demoKitTypes.js';
import { assertReadyForProduction } from './productionReadiness.js';
import { type CallDispatcher, createDispatcher } from './dispatch.js';
import { createAssistedEntry } from './intake/assistedEntry.js';
import { createIntakeService, submissionLimitsFrom } from './intake/intakeService.js';
import { createKioskServices } from './kioskServices.js';
import { errorFields } from './errorFields.js';
import { openFleet } from './fleet/openFleet.js';
import { withStoredRemoteConfig } from './fleet/withRemoteConfig.js';
import { type PlatformParts, openPlatform } from './platform/openPlatform.js';
import { type Logger, createLogger } from './logger.js';
import { createJourneyServices } from './journeyServices.js';
import { type PrintService, createPrintService } from './receipts/printService.js';
import { createEspeakSpeech } from './speech/espeakSpeech.js';
import { createRetentionSweep } from './retention/retentionSweep.js';
import { scheduleWarmUp } from './warmUp.js';
import { prepareDataDir } from './security/dataDirAccess.js';
import { lockDataDir } from './security/dataDirLock.js';
import { checkDatabaseHealth } from './security/databaseHealth.js';
import { checkKeyContinuity } from './security/keyContinuity.js';
import {
  type KeyProtector,
  type KioskKeys,
  type RetiredProtector,
  openKioskKeys,
} from './security/kioskKeys.js';
import { createCardSession } from './visit/cardSession.js';
import { createVisitSettingsStore } from './visitSettings.js';
import { createStaffService } from './staff/staffService.js';
import { createStaffQueueService } from './staff/staffQueueService.js';
import { createStaffSessions } from './staff/staffSessions.js';
import { createLogTail } from './staffTools/logTail.js';
import { createStaffToolServices } from './staffTools/staffToolServices.js';
import { classifyCentreFailure } from './upload/centreClientGateway.js';
import { openCentreGateway } from './upload/openCentreGateway.js';
import { type UploadWorker, createUploadWorker, uploadState } from './upload/uploadWorker.js';
import { voterKeyFrom } from './vote/voterToken.js';

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
  /** A keyring that protects nothing (Linux basic_text): only to move an old key to the file. */
  retiredKeyProtector?: RetiredProtector;
  /** The demo module (demo/demoKit.ts), loaded by startKiosk.ts in demo mode; ignored outside it. */
  demo?: DemoKit;
}

export interface KioskRuntime {
  config: KioskConfig;
  db: Database;
  services: KioskServices;
  dispatch: CallDispatcher;
  /** Every call this kiosk answers: the production contract, plus the demo calls in demo mode. */
  callNames: string[];
  logger: Logger;
  devices: { cardReader: CardReaderDevice; printer: PrinterDevice };
  printing: PrintService;
  directory: CommunityDirectory;
  /** What the centre's platform accepts and how needs map onto it. */
  platform: PlatformParts;
  keys: KioskKeys;
  /** The upload worker; absent with no centre configured. Staff tools resend dead letters here. */
  upload: UploadWorker | undefined;
  /** Stops the devices, records a clean stop and closes the database. */
  close(): Promise<void>;
}

export function startKioskRuntime(options: KioskRuntimeOptions): KioskRuntime {
  const now = options.now ?? (() => new Date());
  // The newest lines are also kept in memory, for the staff log export.
  const logTail = createLogTail(options.logger ?? createLogger(), now);
  const logger = logTail.logger;
  const env = options.env ?? process.env;
  // The centre's last good remote config (fleet extension) is laid over config.json.
  const config = withStoredRemoteConfig(
    loadConfig(options.dataDir, env),
    options.dataDir,
    env,
    logger,
  );
  const demo = config.demoMode ? options.demo : undefined;
  if (config.demoMode && !demo) {
    throw new ConfigError(
      'Demo mode needs the demo module: start the kiosk through startKiosk() (startKiosk.ts).',
    );
  }
  // Outside demo mode every missing setting is named in one message, before anything is opened.
  if (!config.demoMode) assertReadyForProduction(config, options.dataDir);
  // A bad directory.json stops start-up here, naming the entry, before anything is opened.
  const provisionedDirectory = loadDirectoryFile(options.dataDir).data;
  // The data dir will hold residents' requests: the kiosk user's alone (0700), and writable.
  prepareDataDir(options.dataDir, logger);
  // One kiosk per data folder; a second one stops here, naming the folder and the first's pid.
  const lock = lockDataDir(options.dataDir);
  if (lock.tookOverFrom)
    logger.warn('took over the data folder lock of a kiosk that is gone', {
      dir: options.dataDir,
      pid: lock.tookOverFrom.pid,
      startedAt: lock.tookOverFrom.startedAt,
    });
  const databasePath = join(options.dataDir, 'kiosk.sqlite');
  const db = openDatabase(databasePath, {
    ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
    onTightened: (file, was) =>
      logger.warn('a database file was open to other users; tightened to 0600', { file, was }),
  });
  // Before this run writes anything: a damaged file is copied aside as found.
  const health = checkDatabaseHealth(databasePath, logger, now(), {
    ...(options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {}),
  });
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
  const openedKeys = openKioskKeys(
    options.dataDir,
    options.keyProtector,
    options.retiredKeyProtector,
  );
  const keys = openedKeys.keys;
  const keyState = checkKeyContinuity(db, openedKeys, logger, startedAt);
  const storage = {
    keyProtection: keyState.protection,
    keyReplacedAt: keyState.replacedAt,
    unreadableSealedRows: keyState.unreadableSealedRows,
    integrity: health.integrity,
    integrityProblem: health.problem,
  };
  const cardReader = openCardReaderDevice(config.cardReader, logger, {
    // A demo reader answers as slowly as a real one, so "keep the card still" is seen.
    simulatorReadDelayMs: config.demoMode ? demoSimulatorReadDelayMs : 0,
  });
  const printer = openPrinterDevice(config.printer, logger);
  const directory = openCommunityDirectory(db, logger, now, {
    demoCommunity: demo?.community,
    provisioned: provisionedDirectory,
    communityName: config.communityName,
    hotline: config.centreHotline,
  });
  const cards = createCardSession();
  const printing = createPrintService({ db, printer, logger, now });
  const stopRetentionSweep = createRetentionSweep({
    db,
    retentionDays: config.printRetentionDays,
    now,
    logger,
  }).start();
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
  const assisted = createAssistedEntry({
    db,
    session: (token) => staff.session(token),
    cards,
    now,
  });
  const gateway = openCentreGateway(config, logger);
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
          maxInFlight: config.upstreamMaxInFlight,
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
  const visit = createVisitSettingsStore(config.defaultLanguage, config.defaultTextSize);
  // Read-aloud's fallback voice; KIOSK_ESPEAK_BINARY names another espeak-ng (tests, odd installs).
  const speech = createEspeakSpeech({ logger, binary: env.KIOSK_ESPEAK_BINARY || undefined });
  const services = createKioskServices({
    config,
    version,
    startedAt,
    hardware: { cardReader: () => cardReader.status(), printer: () => printer.status() },
    visit,
    cards,
    cardReading: createCardService({
      reader: cardReader,
      cards,
      keys,
      directory,
      logger,
      voterKey: voterKeyFrom(config.voterKey),
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
      submissionLimits: submissionLimitsFrom(options.env ?? process.env),
      assisted,
    }),
    platform: platform.offer,
    printing,
    upstreamState: () => ({
      configured: upload !== undefined,
      ...(upload?.state() ?? uploadState(db, now)),
    }),
    storage: () => storage,
    staff,
    staffTools: createStaffToolServices({
      db,
      dataDir: options.dataDir,
      config,
      env,
      version,
      staff,
      printer,
      cardReader,
      gateway,
      classify: classifyCentreFailure,
      visit,
      upstreamState: () => ({ ...(upload?.state() ?? uploadState(db, now)) }),
      logLines: logTail.lines,
      logger,
      now,
      elapsedClock: () => performance.now(),
    }),
    staffQueue: createStaffQueueService({
      db,
      staff,
      keys,
      catalog: platform.catalog,
      offer: platform.offer,
      upload,
      printing,
      timeZone: config.timeZone,
      now,
    }),
    assisted,
    speech,
    ...createJourneyServices({
      db,
      config,
      directory,
      cards,
      printing,
      logger,
      now,
      gateway,
      sendNow: () => upload?.drainQueue() ?? Promise.resolve(0),
      keys,
      classify: classifyCentreFailure,
      onQueued: () => upload?.nudge(),
      env,
    }),
  });
  const fleet = openFleet({
    config,
    env,
    dataDir: options.dataDir,
    sources: {
      version,
      startedAt,
      queue: () => upload?.state() ?? uploadState(db, now),
      printer: () => printer.status(),
      cardReader: () => cardReader.status(),
    },
    logger,
    now,
  });
  const calls = demo ? { ...kioskCalls, ...demo.calls } : kioskCalls;
  const handlers = demo
    ? { ...services, ...demo.createServices({ cardReader, printer }) }
    : services;
  platform.discovery?.start();
  upload?.start();
  fleet?.start();
  const cancelWarmUp = scheduleWarmUp();
  let closing: Promise<void> | undefined;
  return {
    config,
    db,
    services,
    dispatch: createDispatcher(handlers, logger, calls),
    callNames: Object.keys(calls),
    logger,
    devices: { cardReader, printer },
    printing,
    directory,
    platform,
    keys,
    upload,
    close: () => {
      closing ??= (async () => {
        await fleet?.stop();
        speech.close();
        stopStaffSweep();
        stopRetentionSweep();
        cancelWarmUp();
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
        lock.release();
        logger.info('kiosk stopped', { runId: run.id });
      })();
      return closing;
    },
  };
}
