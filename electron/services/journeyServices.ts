// The services of the resident journeys beyond asking for help (intake): checking a request,
// contacting the centre, the needs survey, the vote, appointments, taking a number. A new
// journey's service is built here, beside its siblings, reading its extension from the centre's
// gateway, so the runtime's wiring stays one call and a journey touches one list.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import {
  type AppointmentService,
  createAppointmentService,
} from './appointments/appointmentService.js';
import type { KioskConfig } from '../config/configSchema.js';
import type { CommunityDirectory } from './community/communityDirectory.js';
import { communityNames } from './community/communityNames.js';
import { type ContactService, createContactService } from './contact/contactService.js';
import type { Logger } from './logger.js';
import type { PrintService } from './receipts/printService.js';
import type { KioskKeys } from './security/kioskKeys.js';
import {
  type RequestStatusService,
  createRequestStatusService,
} from './requests/requestStatusService.js';
import { surveyDelayMaxFrom } from './survey/surveyDelay.js';
import { type SurveyService, createSurveyService } from './survey/surveyService.js';
import { type TakeNumberService, createTakeNumberService } from './takeNumber/takeNumberService.js';
import type { CentreGateway, FailureClassifier } from './upload/centreGateway.js';
import type { CardSession } from './visit/cardSession.js';
import { type VoteService, createVoteService } from './vote/voteService.js';
import { voterKeyFrom } from './vote/voterToken.js';

/** How long a resident waits, at most, for the centre to count a ballot before the receipt. */
const ballotSendWaitMs = 4_000;

export interface JourneyServiceDeps {
  db: Database;
  config: KioskConfig;
  directory: CommunityDirectory;
  cards: CardSession;
  printing: PrintService;
  logger: Logger;
  now: () => Date;
  /** The centre, with the extensions the journeys use (each absent where it offers none). */
  gateway: CentreGateway | undefined;
  /** Sends what is due now (the upload worker's drain); a ballot waits for it a few seconds. */
  sendNow?: () => Promise<unknown>;
  /** Seals a booking's phone. */
  keys: KioskKeys;
  /** How a failed centre call is read (a refusal, or the centre unreachable). */
  classify?: FailureClassifier;
  /** Something was queued for the centre: the upload worker may send it now. */
  onQueued: () => void;
  /** Process settings (KIOSK_SURVEY_DELAY_MAX_MS); the process's own when absent. */
  env?: Record<string, string | undefined>;
  /** Math.random when absent. */
  random?: () => number;
}

export interface JourneyServices {
  requests: RequestStatusService;
  contact: ContactService;
  survey: SurveyService;
  vote: VoteService;
  appointments: AppointmentService;
  takeNumber: TakeNumberService;
}

export function createJourneyServices(deps: JourneyServiceDeps): JourneyServices {
  const { db, config, directory, cards, printing, logger, now } = deps;
  const timeZone = config.timeZone;
  return {
    requests: createRequestStatusService({
      db,
      kioskId: config.kioskId,
      directory,
      cards,
      logger,
      now,
      printing,
      timeZone,
      onSaved: deps.onQueued,
    }),
    contact: createContactService({
      directory,
      cards,
      printing,
      centreNames: communityNames(config.communityName, config.communityNameEnglish),
      hotline: config.centreHotline,
      now,
      timeZone,
      logger,
    }),
    survey: createSurveyService({
      db,
      gateway: deps.gateway?.surveys,
      timeZone,
      logger,
      now,
      randomUuid: randomUUID,
      random: deps.random ?? Math.random,
      firstAttemptDelayMaxMs: surveyDelayMaxFrom(deps.env ?? process.env),
      onSaved: deps.onQueued,
    }),
    vote: createVoteService({
      db,
      gateway: deps.gateway?.votes,
      voterKey: voterKeyFrom(config.voterKey),
      cards,
      printing,
      centreNames: communityNames(config.communityName, config.communityNameEnglish),
      hotline: config.centreHotline,
      timeZone,
      logger,
      now,
      randomUuid: randomUUID,
      sendNow: deps.sendNow ?? (() => Promise.resolve(deps.onQueued())),
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
      sendWaitMs: ballotSendWaitMs,
    }),
    appointments: createAppointmentService({
      db,
      gateway: deps.gateway?.appointments,
      kioskId: config.kioskId,
      keys: deps.keys,
      cards,
      printing,
      centreNames: communityNames(config.communityName, config.communityNameEnglish),
      hotline: config.centreHotline,
      timeZone,
      logger,
      now,
      random: Math.random,
      randomUuid: randomUUID,
      onSaved: deps.onQueued,
      confirmWaitMs: 1_500,
    }),
    takeNumber: createTakeNumberService({
      db,
      gateway: deps.gateway?.queue,
      classify: deps.classify ?? (() => unreadFailure),
      kioskId: config.kioskId,
      centreNames: communityNames(config.communityName, config.communityNameEnglish),
      timeZone,
      printing,
      logger,
      now,
      randomUuid: randomUUID,
      onSaved: deps.onQueued,
    }),
  };
}

/** Without a classifier every failure is the centre unreachable: the kiosk issues the number. */
const unreadFailure = {
  kind: 'retryable',
  retryAfterMs: undefined,
  reason: 'unclassified',
  status: null,
  errors: [],
} as const;
