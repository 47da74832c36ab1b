// "第 2 步，共 5 步" in the survey: one step per question, and the read-back before sending as the
// last. The choice screen before and the thank-you after are not steps.
import type { JourneyStep } from '../visit/journeyStep.js';
import type { SurveyScreen } from './surveyScreen.js';

export function surveyStep(screen: SurveyScreen): JourneyStep | null {
  if (screen.name === 'survey-question') {
    const total = screen.survey.questionnaire.questions.length + 1;
    return { step: screen.index + 1, total };
  }
  if (screen.name === 'survey-review') {
    const total = screen.survey.questionnaire.questions.length + 1;
    return { step: total, total };
  }
  return null;
}
