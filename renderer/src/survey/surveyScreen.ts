// The screens of the needs survey (需求调研), each carrying the answers as they stood when it was
// opened. The home tile "社区议事" opens voice-choice, which offers the survey (and says plainly
// that voting is not offered on this kiosk yet).
import type { SurveyDraft } from './surveyDraft.js';

export type SurveyScreen =
  | { name: 'voice-choice' }
  /** The questionnaire's question at `index` of draft.questionnaire.questions. */
  | { name: 'survey-question'; survey: SurveyDraft; index: number }
  | { name: 'survey-review'; survey: SurveyDraft }
  | { name: 'survey-thanks' };
