// Survey entries the centre settled are transient: a delivered one keeps only a placeholder and
// its times, one the centre refused with 404 (the survey closed, or unknown there: `local-only`)
// keeps its sheet on the kiosk with nothing left to do. Both go after the retention window, the
// sheet with its entry, in the retention sweep's transaction. Unsettled entries (waiting, held,
// dead) and any entry a dead letter or resend names stay: staff and exactly-once need those.
import type { Database } from 'better-sqlite3';
import { deleteSettledBefore, settledSubjectsBefore } from '../../../db/repositories/outbox.js';
import { deleteSheets } from '../../../db/repositories/surveys.js';
import { surveyAnswersKind } from '../upload/senders/surveySender.js';

/** Settled survey entries older than `cutoff`, with any sheet they still name; how many entries. */
export function purgeSettledSurveysBefore(db: Database, cutoff: string): number {
  deleteSheets(db, settledSubjectsBefore(db, surveyAnswersKind, cutoff));
  return deleteSettledBefore(db, surveyAnswersKind, cutoff);
}
