// The surveys extension's wire: GET /x/surveys.json lists the open questionnaires, POST
// /x/surveys/{survey_id}/responses.json takes one anonymous answer sheet, GET
// /x/surveys/{survey_id}/responses/{response_id}.json says whether a sheet is there (a kiosk whose
// reply was lost asks before it would send again). A sheet carries no personal field and no time
// finer than a day; the form refuses any field not listed here.
import { z } from 'zod';

export const surveyQuestionKinds = ['single', 'multiple', 'scale', 'text'] as const;
export type SurveyQuestionKind = (typeof surveyQuestionKinds)[number];

/** Texts as the centre writes them: Simplified Chinese, and English where someone wrote it. */
export interface SurveyText {
  'zh-CN': string;
  'zh-TW'?: string;
  en?: string;
}

export interface SurveyQuestion {
  code: string;
  kind: SurveyQuestionKind;
  prompt: SurveyText;
  required: boolean;
  /** single and multiple only. */
  choices?: { key: string; label: SurveyText }[];
}

export interface Survey {
  survey_id: string;
  title: SurveyText;
  questions: SurveyQuestion[];
}

/** jurisdiction_id: a kiosk configured with one sends it on every POST. */
export const surveyResponseFields = [
  'api_key',
  'jurisdiction_id',
  'response_id',
  'answered_on',
  'answers',
] as const;

export const SurveyDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One answer: a choice key, several distinct keys, a 1–5 step, or a short text. */
export const SurveyAnswerValue = z.union([
  z.string().min(1).max(500),
  z.array(z.string().min(1).max(60)).min(1).max(30),
  z.number().int().min(1).max(5),
]);
export const SurveyAnswers = z.record(z.string().min(1).max(60), SurveyAnswerValue);
export type SurveyAnswers = z.infer<typeof SurveyAnswers>;
