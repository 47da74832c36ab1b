// The staff calls that look after the kiosk, as the dispatcher sees them. Each one first asks
// the staff service for the session behind the token (the host decides, never the page: without
// a live session the call is refused as unauthorized before anything is read or touched), then
// does its work and appends an audit row naming the staff member.
import type { Database } from 'better-sqlite3';
import type { KioskServices } from '../../../contract/index.js';
import type { staffToolCalls } from '../../../contract/staffTools.js';
import { type AuditDetail, appendAudit } from '../../../db/repositories/auditLog.js';
import type { KioskConfig } from '../../config/configSchema.js';
import type { CardReaderDevice } from '../devices/cardReaderDevice.js';
import type { PrinterDevice } from '../devices/printerDevice.js';
import { localDateTime } from '../intake/localTime.js';
import type { Logger } from '../logger.js';
import type { StaffService } from '../staff/staffService.js';
import type { CentreGateway, FailureClassifier } from '../upload/centreGateway.js';
import type { VisitSettingsStore } from '../visitSettings.js';
import { testCentreConnection } from './connectionTest.js';
import { type StatFs, dataDirDisk } from './dataDirDisk.js';
import { demandStats } from './demandView.js';
import { exportFolder, writeLogExport } from './logExport.js';
import { createStaffSettings } from './staffSettings.js';
import { buildTestPage, printTestPage } from './testPage.js';
import { testCardRead } from './testRead.js';

export type StaffToolServices = Pick<KioskServices, keyof typeof staffToolCalls>;

export interface StaffToolDeps {
  db: Database;
  dataDir: string;
  /** The configuration this run started with. */
  config: KioskConfig;
  env: Record<string, string | undefined>;
  version: string;
  staff: Pick<StaffService, 'session'>;
  printer: Pick<PrinterDevice, 'status' | 'print'>;
  cardReader: Pick<CardReaderDevice, 'status' | 'read'>;
  /** Absent with no centre configured. */
  gateway: Pick<CentreGateway, 'getServices'> | undefined;
  classify: FailureClassifier;
  visit: Pick<VisitSettingsStore, 'changeDefaults'>;
  /** Queue counts and states for the export (no personal data). */
  upstreamState: () => Record<string, unknown>;
  logLines: () => readonly Record<string, unknown>[];
  logger: Logger;
  now: () => Date;
  elapsedClock: () => number;
  statfs?: StatFs;
}

const megabytes = (bytes: number) => Math.floor(bytes / 1_048_576);

export function createStaffToolServices(deps: StaffToolDeps): StaffToolServices {
  const { db, config } = deps;
  const settings = createStaffSettings({
    dataDir: deps.dataDir,
    running: config,
    env: deps.env,
    visit: deps.visit,
  });
  const signedIn = (token: string): string => deps.staff.session(token).staff.id;
  const audit = (staffId: string, action: string, detail: AuditDetail = {}) =>
    appendAudit(db, { at: deps.now().toISOString(), staffId, action, detail });
  const disk = () => dataDirDisk(deps.dataDir, deps.statfs);

  return {
    getStaffDevices: async ({ token }) => {
      const staffId = signedIn(token);
      const devices = {
        kioskId: config.kioskId,
        version: deps.version,
        printer: deps.printer.status(),
        cardReader: deps.cardReader.status(),
        disk: await disk(),
        centreConfigured: deps.gateway !== undefined,
      };
      audit(staffId, 'view-devices', {
        printer: devices.printer.state,
        cardReader: devices.cardReader.state,
      });
      return devices;
    },
    staffPrintTestPage: async ({ token }) => {
      const staffId = signedIn(token);
      const page = buildTestPage({
        kioskId: config.kioskId,
        communityName: config.communityName,
        driver: deps.printer.status().driver,
        version: deps.version,
        printedAt: localDateTime(deps.now(), config.timeZone),
      });
      const result = await printTestPage(deps.printer, page);
      audit(staffId, 'printer-test-page', { outcome: result.outcome, problem: result.problem });
      deps.logger.info('staff printed a test page', { outcome: result.outcome });
      return result;
    },
    staffTestCardRead: async ({ token, waitMs }) => {
      const staffId = signedIn(token);
      const result = await testCardRead(deps.cardReader, waitMs);
      // The outcome only: not even the masked name goes into the audit.
      audit(staffId, 'card-reader-test', { outcome: result.outcome });
      return result;
    },
    staffTestConnection: async ({ token }) => {
      const staffId = signedIn(token);
      const result = await testCentreConnection({
        gateway: deps.gateway,
        upstreamUrl: config.upstreamUrl,
        classify: deps.classify,
        elapsedClock: deps.elapsedClock,
      });
      audit(staffId, 'connection-test', {
        outcome: result.outcome,
        services: result.services,
        elapsedMs: result.elapsedMs,
      });
      return result;
    },
    staffExportLogs: async ({ token }) => {
      const staffId = signedIn(token);
      const folder = exportFolder(deps.dataDir, config.logExportDir);
      const result = await writeLogExport(
        {
          db,
          kioskId: config.kioskId,
          version: deps.version,
          demoMode: config.demoMode,
          state: async () => {
            const space = await disk();
            return {
              printer: deps.printer.status(),
              cardReader: deps.cardReader.status(),
              diskFreeMB: space ? megabytes(space.freeBytes) : null,
              diskTotalMB: space ? megabytes(space.totalBytes) : null,
              upload: deps.upstreamState(),
            };
          },
          logLines: deps.logLines,
          now: deps.now,
        },
        folder,
      );
      audit(staffId, 'log-export', {
        lines: result.lines,
        to: config.logExportDir === '' ? 'data-dir' : 'export-folder',
      });
      deps.logger.info('staff exported the logs', { lines: result.lines });
      return result;
    },
    getStaffSettings: ({ token }) => {
      const staffId = signedIn(token);
      const view = settings.view();
      audit(staffId, 'view-settings');
      return view;
    },
    staffChangeSettings: ({ token, changes }) => {
      const staffId = signedIn(token);
      try {
        const saved = settings.change(changes);
        audit(staffId, 'settings-change', {
          keys: saved.saved.join(','),
          appliedNow: saved.appliedNow.join(','),
        });
        return saved;
      } catch (error) {
        const field = (error as { path?: unknown[] }).path?.[0];
        audit(staffId, 'settings-refused', { key: typeof field === 'string' ? field : null });
        throw error;
      }
    },
    getStaffDemand: ({ token }) => {
      const staffId = signedIn(token);
      const stats = demandStats(db, deps.now(), config.timeZone);
      audit(staffId, 'view-demand', { requests: stats.total });
      return stats;
    },
  };
}
