// Owns survey_responses: the anonymous answer sheets kiosks sent, one per random response id.
import type { Database } from 'better-sqlite3';

export interface StoredSurveyResponse {
  responseId: string;
  surveyId: string;
  answeredOn: string;
  receivedOn: string;
  answers: Record<string, unknown>;
}

export function insertSurveyResponse(db: Database, response: StoredSurveyResponse): void {
  db.prepare(
    `INSERT INTO survey_responses (response_id, survey_id, answered_on, received_on, answers_json)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    response.responseId,
    response.surveyId,
    response.answeredOn,
    response.receivedOn,
    JSON.stringify(response.answers),
  );
}

export function findSurveyResponse(
  db: Database,
  surveyId: string,
  responseId: string,
): StoredSurveyResponse | undefined {
  const row = db
    .prepare(
      `SELECT answered_on, received_on, answers_json FROM survey_responses
       WHERE survey_id = ? AND response_id = ?`,
    )
    .get(surveyId, responseId) as
    { answered_on: string; received_on: string; answers_json: string } | undefined;
  return (
    row && {
      responseId,
      surveyId,
      answeredOn: row.answered_on,
      receivedOn: row.received_on,
      answers: JSON.parse(row.answers_json) as Record<string, unknown>,
    }
  );
}

export function countSurveyResponses(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM survey_responses').get() as { n: number }).n;
}
