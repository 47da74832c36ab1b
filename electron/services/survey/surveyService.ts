// The needs survey's services: the questionnaire (asked of the centre each time the tile opens,
// the cached copy standing in while the centre is unreachable, and none at all on a platform
// without the surveys extension), and the answers, saved with their outbox entry in one
// transaction so they are delivered exactly once (surveySender.ts), also after an outage.
// Anonymous by construction: the sheet is a random UUID, the local day and the answers; the
// outbox entry's created_at is the UTC day's start, and its first attempt (from which every later
// time of the entry follows) is put off by a random wait (surveyDelay.ts), so no row holds the
// moment of the visit.
import type { Database } from 'better-sqlite3';
import {
  KioskError,
  Questionnaire,
  type SurveyOffer,
  type SurveySubmission,
} from '../../../contract/index.js';
import { enqueue } from '../../../db/repositories/outbox.js';
import {
  forgetQuestionnaire,
  insertSheet,
  readQuestionnaire as readCachedQuestionnaire,
  saveQuestionnaire,
} from '../../../db/repositories/surveys.js';
import { serviceDate } from '../intake/serviceDate.js';
import type { Logger } from '../logger.js';
import type { SurveyGateway } from '../upload/centreGateway.js';
import { surveyAnswersKind } from '../upload/senders/surveySender.js';
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
      db.transaction(() => {
        insertSheet(db, sheet);
        enqueue(db, {
          kind: surveyAnswersKind,
          subjectId: responseId,
          idempotencyKey: deps.randomUuid(),
          priority: 2,
          // The UTC day's start, not the moment: the queue row must not date the visit either.
          now: `${deps.now().toISOString().slice(0, 10)}T00:00:00.000Z`,
          nextAttemptAt: firstAttemptAt(deps.now(), deps.random, deps.firstAttemptDelayMaxMs),
        });
      })();
      logger.info('survey answers saved', { surveyId: sheet.surveyId });
      deps.onSaved();
      return { queued: true };
    },
  };
}
