// What the resident has answered so far: the questionnaire as the kiosk fetched it and one
// answer per question code. Nothing else, so nothing else can be sent: the survey is anonymous.
import type { Questionnaire, SurveyAnswer } from '../../../contract/index.js';

export interface SurveyDraft {
  questionnaire: Questionnaire;
  answers: Readonly<Record<string, SurveyAnswer>>;
}

export function startSurvey(questionnaire: Questionnaire): SurveyDraft {
  return { questionnaire, answers: {} };
}

/** The draft with this question answered, or (null) its answer taken back: skipped. */
export function withAnswer(
  draft: SurveyDraft,
  code: string,
  answer: SurveyAnswer | null,
): SurveyDraft {
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([key]) => key !== code));
  return { ...draft, answers: answer === null ? answers : { ...answers, [code]: answer } };
}
