// The resident's answers as the kiosk keeps and sends them: checked against the questionnaire
// they answer (a key the question does not offer, a missing required answer, an unknown code are
// refused, not guessed at), short text cleaned by the one text rule (text/plainText.ts: no
// controls, bidi overrides or invisible characters) and any ID number typed into it redacted as
// in a description, and so is a phone number (surveyText.ts). The sheet gets a random id and the day only: nothing that could be joined
// to the resident, the visit or a moment.
import { KioskError, type Questionnaire, type SurveySubmission } from '../../../contract/index.js';
import type { StoredSheet } from '../../../db/repositories/surveys.js';
import { surveyText } from './surveyText.js';

const refuse = (code: string) =>
  new KioskError('invalid-input', 'survey-answer-invalid', ['answers', code]);

export function sheetFrom(
  questionnaire: Questionnaire,
  submission: SurveySubmission,
  ids: { responseId: string; answeredOn: string },
): StoredSheet {
  if (submission.surveyId !== questionnaire.surveyId) {
    throw new KioskError('invalid-input', 'survey-changed', ['surveyId']);
  }
  const answers: StoredSheet['answers'] = {};
  const byCode = new Map(questionnaire.questions.map((question) => [question.code, question]));
  for (const code of Object.keys(submission.answers)) {
    if (!byCode.has(code)) throw refuse(code);
  }
  for (const question of questionnaire.questions) {
    const value = submission.answers[question.code];
    const keys = new Set(question.choices.map((choice) => choice.key));
    if (value === undefined) {
      if (question.required) throw refuse(question.code);
      continue;
    }
    if (question.kind === 'single') {
      if (typeof value !== 'string' || !keys.has(value)) throw refuse(question.code);
      answers[question.code] = value;
    } else if (question.kind === 'multiple') {
      const picked = Array.isArray(value) ? value : [];
      if (picked.length === 0 || new Set(picked).size !== picked.length) {
        throw refuse(question.code);
      }
      if (!picked.every((key) => keys.has(key))) throw refuse(question.code);
      answers[question.code] = picked;
    } else if (question.kind === 'scale') {
      if (typeof value !== 'number') throw refuse(question.code);
      answers[question.code] = value;
    } else {
      if (typeof value !== 'string') throw refuse(question.code);
      const text = surveyText(value);
      // Nothing readable left: as if skipped, which only an optional question may be.
      if (text === '') {
        if (question.required) throw refuse(question.code);
        continue;
      }
      answers[question.code] = text;
    }
  }
  return { ...ids, surveyId: questionnaire.surveyId, answers };
}
