// The kiosk's services as one object keyed by contract call, assembled from the area services.
// Tests, the HTTP host and Electron's IPC all run exactly this code. Production calls only: the
// demo calls' services are in demo/demoServices.ts.
import type { DeviceStatus, KioskInfo, KioskServices } from '../../contract/index.js';

type UpstreamInfo = KioskInfo['upstream'];
type StorageInfo = KioskInfo['storage'];
import { KioskError, languages } from '../../contract/index.js';
import type { KioskConfig } from '../config/configSchema.js';
import type { AppointmentService } from './appointments/appointmentService.js';
import type { CardService } from './cards/cardService.js';
import type { CommunityDirectory } from './community/communityDirectory.js';
import type { ContactService } from './contact/contactService.js';
import type { AssistedEntry } from './intake/assistedEntry.js';
import { communityNames } from './community/communityNames.js';
import type { IntakeService } from './intake/intakeService.js';
import type { PlatformOffer } from './platform/platformOffer.js';
import type { PrintService } from './receipts/printService.js';
import type { RequestStatusService } from './requests/requestStatusService.js';
import type { SpeechEngine } from './speech/espeakSpeech.js';
import type { StaffService } from './staff/staffService.js';
import type { StaffToolServices } from './staffTools/staffToolServices.js';
import type { StaffQueueService } from './staff/staffQueueService.js';
import type { SurveyService } from './survey/surveyService.js';
import type { VoteService } from './vote/voteService.js';
import type { TakeNumberService } from './takeNumber/takeNumberService.js';
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
  upstreamState: () => UpstreamInfo;
  /** The key and the database check, as found at start. */
  storage: () => StorageInfo;
  /** Staff assisted-entry mode: sign-in, sessions, the audit trail. */
  staff: StaffService;
  /** Staff looking after the kiosk: devices, settings, the demand view (each checks the session). */
  staffTools: StaffToolServices;
  /** Staff tools for the upload queue, the requests on this kiosk and reprints. */
  staffQueue: StaffQueueService;
  /** Staff entering a journey for a resident; without it staffStartAssisted is refused. */
  assisted?: Pick<AssistedEntry, 'start'>;
  /** Read-aloud's speech where the shell has no voice (espeak-ng). */
  speech: SpeechEngine;
  /** "Contact the centre": hotline, grid worker, service points, the contact slip. */
  contact: ContactService;
  /** The needs survey: the centre's questionnaire and the anonymous answers. */
  survey: SurveyService;
  /** The micro-projects vote: the open round, ballots, published results. */
  vote: VoteService;
  /** Appointments and home visits: slots, bookings, look-up and cancel by code. */
  appointments: AppointmentService;
  /** Take a number for the front-desk window: the services, a number, its ticket. */
  takeNumber: TakeNumberService;
}

export function createKioskServices(deps: KioskServiceDeps): KioskServices {
  const { config, visit } = deps;
  const names = communityNames(config.communityName, config.communityNameEnglish);
  return {
    getKioskInfo: () => ({
      kioskId: config.kioskId,
      communityName: config.communityName,
      communityNames: names,
      centreHotline: config.centreHotline,
      languages: [...languages],
      defaultLanguage: config.defaultLanguage,
      version: deps.version,
      demoMode: config.demoMode,
      startedAt: deps.startedAt.toISOString(),
      hardware: { cardReader: deps.hardware.cardReader(), printer: deps.hardware.printer() },
      upstream: deps.upstreamState(),
      platform: deps.platform.info(),
      storage: deps.storage(),
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
    waitCardReaderState: async ({ seenState, waitMs }) => ({
      state: await deps.cardReading.waitReaderState(seenState, waitMs),
    }),
    submitRequest: (draft) => deps.intake.submitRequest(draft),
    submitEmergency: (draft) => deps.intake.submitEmergency(draft),
    getReceiptOutcome: ({ jobId }) => {
      const outcome = deps.printing.outcome(jobId);
      if (!outcome) throw new KioskError('not-found', 'print-job-not-found', ['jobId']);
      return outcome;
    },
    waitReceiptOutcome: async ({ jobId, seenState, waitMs }) => {
      const outcome = await deps.printing.waitOutcome(jobId, seenState, waitMs);
      if (!outcome) throw new KioskError('not-found', 'print-job-not-found', ['jobId']);
      return outcome;
    },
    getRequestStatus: (query) => deps.requests.getRequestStatus(query),
    printStatusSlip: (query) => deps.requests.printStatusSlip(query),
    findMyRequests: ({ cardToken }) => ({ requests: deps.requests.findMyRequests(cardToken) }),
    rateRequest: (draft) => deps.requests.rateRequest(draft),
    getStaffEntry: () => deps.staff.entryState(),
    staffSignIn: (input) => deps.staff.signIn(input),
    staffSignOut: ({ token, reason }) => deps.staff.signOut(token, reason),
    getStaffSession: ({ token }) => deps.staff.session(token),
    getStaffUploadQueue: ({ token }) => deps.staff.uploadQueue(token),
    getStaffRequests: ({ token }) => deps.staff.requests(token),
    staffBindCard: ({ token, cardToken }) => deps.staff.bindCard(token, cardToken),
    ...deps.staffTools,
    getStaffQueue: ({ token }) => deps.staffQueue.views.queue(token),
    getStaffQueueEntry: ({ token, outboxId }) => deps.staffQueue.views.entry(token, outboxId),
    staffRetryNow: ({ token }) => deps.staffQueue.actions.retryNow(token),
    staffResendEntry: (input) => deps.staffQueue.actions.resend(input),
    staffReleaseHeld: ({ token, outboxId, serviceCode }) =>
      deps.staffQueue.actions.releaseHeld(token, outboxId, serviceCode),
    staffCancelEntry: (input) => deps.staffQueue.actions.cancel(input),
    staffMarkHandled: ({ token, outboxId }) => deps.staffQueue.actions.markHandled(token, outboxId),
    findStaffRequests: (query) => deps.staffQueue.requests.find(query),
    getStaffRequestDetail: ({ token, ticket }) => deps.staffQueue.requests.detail(token, ticket),
    getStaffFailedPrints: ({ token }) => deps.staffQueue.reprints.failed(token),
    staffReprint: ({ token, jobId }) => deps.staffQueue.reprints.reprint(token, jobId),
    staffStartAssisted: ({ token, journey }) => {
      if (!deps.assisted) throw new KioskError('unauthorized', 'assisted-needs-staff-session');
      const started = deps.assisted.start(token, journey);
      return { journey: started.journey, staff: { name: started.staffName } };
    },
    synthesizeSpeech: (request) => deps.speech.synthesize(request),
    getContactInfo: (query) => deps.contact.info(query),
    printContactSlip: (request) => deps.contact.printSlip(request),
    checkDanger: ({ description, needId }) => ({
      danger: deps.directory.danger(description, needId),
    }),
    getSurvey: () => deps.survey.getSurvey(),
    submitSurvey: (submission) => deps.survey.submitSurvey(submission),
    getVoteRound: () => deps.vote.getVoteRound(),
    castBallot: (draft) => deps.vote.castBallot(draft),
    getVoteResults: ({ roundId }) => deps.vote.getVoteResults(roundId),
    getAppointmentOffer: () => deps.appointments.getOffer(),
    bookAppointment: (draft) => deps.appointments.book(draft),
    findBooking: ({ code }) => deps.appointments.find(code),
    cancelBooking: ({ code }) => deps.appointments.cancel(code),
    rebookAppointment: ({ code, slotId, language }) =>
      deps.appointments.rebook(code, slotId, language),
    getQueue: () => deps.takeNumber.getQueue(),
    takeNumber: (input) => deps.takeNumber.takeNumber(input),
  };
}
