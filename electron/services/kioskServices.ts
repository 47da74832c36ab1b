// The kiosk's services as one object keyed by contract call, assembled from the area services.
// Tests, the HTTP host and Electron's IPC all run exactly this code.
import type { DeviceStatus, KioskInfo, KioskServices } from '../../contract/index.js';

type UpstreamInfo = KioskInfo['upstream'];
import { KioskError, languages } from '../../contract/index.js';
import type { KioskConfig } from '../config/configSchema.js';
import type { CardService } from './cards/cardService.js';
import type { CommunityDirectory } from './community/communityDirectory.js';
import type { IntakeService } from './intake/intakeService.js';
import type { PlatformOffer } from './platform/platformOffer.js';
import type { PrintService } from './receipts/printService.js';
import type { RequestStatusService } from './requests/requestStatusService.js';
import type { StaffService } from './staff/staffService.js';
import type { CardSession } from './visit/cardSession.js';
import type { VisitSettingsStore } from './visitSettings.js';

export interface HardwareStatusSource {
  cardReader(): DeviceStatus;
  printer(): DeviceStatus;
}

export interface KioskServiceDeps {
  config: KioskConfig;
  version: string;
  startedAt: Date;
  hardware: HardwareStatusSource;
  visit: VisitSettingsStore;
  cards: CardSession;
  cardReading: CardService;
  directory: CommunityDirectory;
  intake: IntakeService;
  /** The catalogue as the centre's platform accepts it, and its state for staff. */
  platform: Pick<PlatformOffer, 'catalog' | 'info'>;
  printing: PrintService;
  requests: RequestStatusService;
  /** The simulated printer's decoded receipts; absent with a real printer. */
  upstreamState: () => UpstreamInfo;
  printerPreview: (() => { lines: string[]; qrPayloads: string[]; cut: boolean }[]) | undefined;
  /** Staff assisted-entry mode: sign-in, sessions, the audit trail. */
  staff: StaffService;
}

export function createKioskServices(deps: KioskServiceDeps): KioskServices {
  const { config, visit } = deps;
  return {
    getKioskInfo: () => ({
      kioskId: config.kioskId,
      communityName: config.communityName,
      centreHotline: config.centreHotline,
      languages: [...languages],
      defaultLanguage: config.defaultLanguage,
      version: deps.version,
      demoMode: config.demoMode,
      startedAt: deps.startedAt.toISOString(),
      hardware: { cardReader: deps.hardware.cardReader(), printer: deps.hardware.printer() },
      upstream: deps.upstreamState(),
      platform: deps.platform.info(),
    }),
    getSettings: () => visit.current(),
    updateSettings: (change) => visit.change(change),
    endVisit: () => {
      deps.cardReading.cancelRead();
      deps.cards.forgetAll();
      return visit.reset();
    },
    getCatalog: () => deps.platform.catalog(),
    readCard: ({ waitMs }) => deps.cardReading.readCard(waitMs),
    getCardReaderState: () => ({ state: deps.cardReading.readerState() }),
    placeDemoCard: ({ cardId }) => ({ placed: deps.cardReading.placeDemoCard(cardId) }),
    submitRequest: (draft) => deps.intake.submitRequest(draft),
    submitEmergency: (draft) => deps.intake.submitEmergency(draft),
    getReceiptOutcome: ({ jobId }) => {
      const outcome = deps.printing.outcome(jobId);
      if (!outcome) throw new KioskError('not-found', 'print-job-not-found', ['jobId']);
      return outcome;
    },
    listDemoReceipts: () => {
      const printer = deps.printerPreview;
      if (!config.demoMode || !printer) throw new KioskError('not-allowed', 'demo-only');
      return { receipts: printer() };
    },
    getRequestStatus: ({ ticket }) => deps.requests.getRequestStatus(ticket),
    printStatusSlip: ({ ticket, language }) => deps.requests.printStatusSlip(ticket, language),
    findMyRequests: ({ cardToken }) => ({ requests: deps.requests.findMyRequests(cardToken) }),
    rateRequest: (draft) => deps.requests.rateRequest(draft),
    getStaffEntry: () => deps.staff.entryState(),
    staffSignIn: (input) => deps.staff.signIn(input),
    staffSignOut: ({ token, reason }) => deps.staff.signOut(token, reason),
    getStaffSession: ({ token }) => deps.staff.session(token),
    getStaffUploadQueue: ({ token }) => deps.staff.uploadQueue(token),
    getStaffRequests: ({ token }) => deps.staff.requests(token),
    staffBindCard: ({ token, cardToken }) => deps.staff.bindCard(token, cardToken),
  };
}
