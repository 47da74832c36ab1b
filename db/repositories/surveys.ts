// Owns survey_questionnaire (the centre's questionnaire as last fetched) and survey_answers (the
// anonymous sheets waiting for delivery). See migration 0018 for what a sheet may hold, and 0023
// for why a sheet waits outside the outbox until its release_at. The
// questionnaire's fetched_at is the UTC day only: the tile fetches it when a resident opens it,
// so a moment there would date the visit of the sheet saved next.
import type { Database } from 'better-sqlite3';

export interface StoredSheet {
  responseId: string;
  surveyId: string;
  /** YYYY-MM-DD, the kiosk's local day: never an hour. */
  answeredOn: string;
  answers: Record<string, string | string[] | number>;
}

export function saveQuestionnaire(
  db: Database,
  surveyId: string,
  questionnaire: unknown,
  now: Date,
): void {
  db.prepare(
    `INSERT INTO survey_questionnaire (id, survey_id, questionnaire_json, fetched_at)
     VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET survey_id = excluded.survey_id,
       questionnaire_json = excluded.questionnaire_json, fetched_at = excluded.fetched_at`,
  ).run(surveyId, JSON.stringify(questionnaire), now.toISOString().slice(0, 10));
}

/** The cached questionnaire as stored (the caller reads it by schema), or undefined. */
export function readQuestionnaire(db: Database): unknown {
  const row = db
    .prepare('SELECT questionnaire_json FROM survey_questionnaire WHERE id = 1')
    .get() as { questionnaire_json: string } | undefined;
  return row ? (JSON.parse(row.questionnaire_json) as unknown) : undefined;
}

export function forgetQuestionnaire(db: Database): void {
  db.prepare('DELETE FROM survey_questionnaire').run();
}

/** Saves a sheet that enters the outbox at `releaseAt` (an ISO moment; see releaseDueSheets). */
export function insertSheet(db: Database, sheet: StoredSheet, releaseAt: string): void {
  db.prepare(
    `INSERT INTO survey_answers (response_id, survey_id, answered_on, answers_json, release_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    sheet.responseId,
    sheet.surveyId,
    sheet.answeredOn,
    JSON.stringify(sheet.answers),
    releaseAt,
  );
}

/** The sheets due to enter the outbox at `at`, in no telling order (by their random id). */
export function dueSheets(db: Database, at: string): { responseId: string; releaseAt: string }[] {
  return (
    db
      .prepare(
        `SELECT response_id, release_at FROM survey_answers
         WHERE release_at IS NOT NULL AND release_at <= ? ORDER BY response_id`,
      )
      .all(at) as { response_id: string; release_at: string }[]
  ).map((row) => ({ responseId: row.response_id, releaseAt: row.release_at }));
}

/** The sheet is in the outbox now. */
export function markReleased(db: Database, responseId: string): void {
  db.prepare('UPDATE survey_answers SET release_at = NULL WHERE response_id = ?').run(responseId);
}

export function readSheet(db: Database, responseId: string): StoredSheet | undefined {
  const row = db
    .prepare(
      'SELECT survey_id, answered_on, answers_json FROM survey_answers WHERE response_id = ?',
    )
    .get(responseId) as
    { survey_id: string; answered_on: string; answers_json: string } | undefined;
  return (
    row && {
      responseId,
      surveyId: row.survey_id,
      answeredOn: row.answered_on,
      answers: JSON.parse(row.answers_json) as StoredSheet['answers'],
    }
  );
}

export function deleteSheet(db: Database, responseId: string): void {
  db.prepare('DELETE FROM survey_answers WHERE response_id = ?').run(responseId);
}

/** Deletes the given sheets (those of settled entries past the retention window); how many. */
export function deleteSheets(db: Database, responseIds: readonly string[]): number {
  return db
    .prepare('DELETE FROM survey_answers WHERE response_id IN (SELECT value FROM json_each(?))')
    .run(JSON.stringify(responseIds)).changes;
}
