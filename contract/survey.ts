// The needs survey (需求调研) as the page sees it: the centre's current questionnaire, already
// read tolerantly and in the three kiosk languages, or a plain "no survey now" with the reason;
// and the resident's answers, which carry nothing but question codes and answers (anonymous:
// the services add a random id and the day, nothing else).
import { z } from 'zod';
import { LocalizedText } from './community.js';
import { surveyTextMax } from './constants.js';

export const surveyQuestionKinds = ['single', 'multiple', 'scale', 'text'] as const;
export const SurveyQuestionKind = z.enum(surveyQuestionKinds);
export type SurveyQuestionKind = z.infer<typeof SurveyQuestionKind>;

export { surveyTextMax };

const Code = z.string().min(1).max(60);

export const SurveyChoice = z.object({ key: Code, label: LocalizedText });
export type SurveyChoice = z.infer<typeof SurveyChoice>;

export const SurveyQuestion = z.object({
  code: Code,
  kind: SurveyQuestionKind,
  prompt: LocalizedText,
  /** false: the resident may skip it. */
  required: z.boolean(),
  /** single and multiple: at least two; empty for scale and text. */
  choices: z.array(SurveyChoice),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

export const Questionnaire = z.object({
  surveyId: z.string().min(1).max(100),
  title: LocalizedText,
  questions: z.array(SurveyQuestion).min(1),
});
export type Questionnaire = z.infer<typeof Questionnaire>;

export const SurveyOffer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('open'), questionnaire: Questionnaire }),
  z.object({
    kind: z.literal('none'),
    /** not-offered: the centre has no surveys (plain Open311); unreachable: none cached. */
    reason: z.enum(['not-offered', 'no-survey', 'unreachable']),
  }),
]);
export type SurveyOffer = z.infer<typeof SurveyOffer>;

/** A choice key, several keys, a 1–5 step, or a short text (cleaned by the services). */
export const SurveyAnswer = z.union([
  z
    .string()
    .min(1)
    .max(surveyTextMax * 2),
  z.array(Code).min(1).max(30),
  z.number().int().min(1).max(5),
]);
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

export const SurveySubmission = z
  .object({ surveyId: z.string().min(1).max(100), answers: z.record(Code, SurveyAnswer) })
  .strict();
export type SurveySubmission = z.infer<typeof SurveySubmission>;

const NoInput = z.object({}).strict();

export const surveyCalls = {
  /** The current questionnaire (fetched, or the cached copy when the centre is away). */
  getSurvey: { input: NoInput, output: SurveyOffer },
  /** Stores the anonymous answers and queues them for the centre; never waits for the network. */
  submitSurvey: { input: SurveySubmission, output: z.object({ queued: z.literal(true) }) },
} as const;
