// The services of the resident journeys beyond asking for help (intake): checking a request,
// contacting the centre, the needs survey. A new journey's service is built here, beside its
// siblings, so the runtime's wiring stays one call and a journey touches one list.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { KioskConfig } from '../config/configSchema.js';
import type { CommunityDirectory } from './community/communityDirectory.js';
import { communityNames } from './community/communityNames.js';
import { type ContactService, createContactService } from './contact/contactService.js';
import type { Logger } from './logger.js';
import type { PrintService } from './receipts/printService.js';
import {
  type RequestStatusService,
  createRequestStatusService,
} from './requests/requestStatusService.js';
import { surveyDelayMaxFrom } from './survey/surveyDelay.js';
import {
  type SurveyService,
  type SurveyServiceDeps,
  createSurveyService,
} from './survey/surveyService.js';
import type { CardSession } from './visit/cardSession.js';

export interface JourneyServiceDeps {
  db: Database;
  config: KioskConfig;
  directory: CommunityDirectory;
  cards: CardSession;
  printing: PrintService;
  logger: Logger;
  now: () => Date;
  /** The centre's surveys extension; absent without a centre or where it offers none. */
  surveys: SurveyServiceDeps['gateway'];
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
      gateway: deps.surveys,
      timeZone,
      logger,
      now,
      randomUuid: randomUUID,
      random: deps.random ?? Math.random,
      firstAttemptDelayMaxMs: surveyDelayMaxFrom(deps.env ?? process.env),
      onSaved: deps.onQueued,
    }),
  };
}
