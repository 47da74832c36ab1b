// The needs survey's services: the questionnaire (asked of the centre each time the tile opens,
// the cached copy standing in while the centre is unreachable, and none at all on a platform
// without the surveys extension), and the answers, saved at once and delivered exactly once
// (surveySender.ts), also after an outage. Anonymous by construction: the sheet is a random UUID,
// the local day and the answers. It enters the outbox only after a random wait (surveyDelay.ts;
// surveySender.releaseDue), so its outbox row sits among that later moment's entries rather than
// beside the request its resident made, its created_at is the UTC day's start, and no row holds
// the moment of the visit.
import type { Database } from 'better-sqlite3';
import {
  KioskError,
  Questionnaire,
  type SurveyOffer,
  type SurveySubmission,
} from '../../../contract/index.js';
import {
  forgetQuestionnaire,
  insertSheet,
  readQuestionnaire as readCachedQuestionnaire,
  saveQuestionnaire,
} from '../../../db/repositories/surveys.js';
import { serviceDate } from '../intake/serviceDate.js';
import type { Logger } from '../logger.js';
import type { SurveyGateway } from '../upload/centreGateway.js';
import { readQuestionnaire } from './readQuestionnaire.js';
import { firstAttemptAt } from './surveyDelay.js';
import { sheetFrom } from './surveySheet.js';

export interface SurveyServiceDeps {
  db: Database;
  /** Absent: no centre configured, or one without surveys; the tile then offers none. */
  gateway: SurveyGateway | undefined;
  timeZone: string;
  logger: Logger;
  now: () => Date;
  randomUuid: () => string;
  /** Draws the wait before a sheet's first attempt. */
  random: () => number;
  /** The longest wait before a sheet's first attempt (surveyDelayMaxFrom). */
  firstAttemptDelayMaxMs: number;
  /** A sheet was saved: the upload worker may send it now. */
  onSaved: () => void;
}

export interface SurveyService {
  getSurvey(): Promise<SurveyOffer>;
  submitSurvey(submission: SurveySubmission): { queued: true };
}

export function createSurveyService(deps: SurveyServiceDeps): SurveyService {
  const { db, logger } = deps;
  const cached = (): Questionnaire | null => {
    const parsed = Questionnaire.safeParse(readCachedQuestionnaire(db));
    return parsed.success ? parsed.data : null;
  };

  return {
    async getSurvey() {
      if (!deps.gateway) return { kind: 'none', reason: 'not-offered' };
      try {
        const reply = await deps.gateway.getSurveys();
        if (reply.kind === 'unsupported') {
          forgetQuestionnaire(db);
          return { kind: 'none', reason: 'not-offered' };
        }
        const questionnaire = readQuestionnaire(reply.surveys, logger);
        if (!questionnaire) {
          forgetQuestionnaire(db);
          return { kind: 'none', reason: 'no-survey' };
        }
        saveQuestionnaire(db, questionnaire.surveyId, questionnaire, deps.now());
        return { kind: 'open', questionnaire };
      } catch (error) {
        const questionnaire = cached();
        logger.warn('the centre did not answer for its survey; using the cached copy', {
          cached: questionnaire !== null,
          error: error instanceof Error ? error.name : 'unknown',
        });
        return questionnaire
          ? { kind: 'open', questionnaire }
          : { kind: 'none', reason: 'unreachable' };
      }
    },

    submitSurvey(submission) {
      const questionnaire = cached();
      if (!questionnaire) throw new KioskError('invalid-input', 'survey-changed', ['surveyId']);
      const answeredOn = serviceDate(deps.now(), deps.timeZone);
      const responseId = deps.randomUuid();
      const sheet = sheetFrom(questionnaire, submission, { responseId, answeredOn });
      // The sheet alone: its outbox entry is written at the release (surveySender.releaseDue),
      // dated to that UTC day's start, so neither its row number nor a time dates the visit.
      insertSheet(db, sheet, firstAttemptAt(deps.now(), deps.random, deps.firstAttemptDelayMaxMs));
      logger.info('survey answers saved', { surveyId: sheet.surveyId });
      deps.onSaved();
      return { queued: true };
    },
  };
}
