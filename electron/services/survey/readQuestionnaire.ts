// The centre's questionnaire, read tolerantly: the kiosk does not control who writes it. Each
// question is read on its own, so a broken one (an unknown kind, a choice list with one readable
// choice, no readable prompt) is dropped with a log line naming its code and index, and the
// others are still asked; a questionnaire with no question left is no questionnaire.
// Texts are read as localizedPlatformText.ts reads them.
import { z } from 'zod';
import {
  type Questionnaire,
  type SurveyQuestion,
  surveyQuestionKinds,
} from '../../../contract/index.js';
import type { Logger } from '../logger.js';
import { WireLocalizedText, localizedPlatformText } from '../platform/localizedPlatformText.js';

/** The most choices one question may offer (the pager shows them a few at a time). */
export const maxSurveyChoices = 30;
/** The most questions one questionnaire may ask (one screen each). */
export const maxSurveyQuestions = 20;

const WireCode = z.union([z.string().trim().min(1).max(60), z.number().int().nonnegative()]);

const WireQuestion = z.looseObject({
  code: WireCode,
  kind: z.enum(surveyQuestionKinds),
  prompt: WireLocalizedText,
  required: z.boolean().optional(),
  choices: z.array(z.unknown()).optional(),
});

const WireChoice = z.looseObject({ key: WireCode, label: WireLocalizedText });

const WireSurvey = z.looseObject({
  survey_id: WireCode,
  title: WireLocalizedText,
  questions: z.array(z.unknown()),
});

function readQuestion(raw: unknown, index: number, logger: Logger): SurveyQuestion | null {
  const parsed = WireQuestion.safeParse(raw);
  const code = parsed.success
    ? String(parsed.data.code)
    : WireCode.safeParse((raw as { code?: unknown } | null)?.code).data;
  const drop = (why: string) => {
    // The code and index only: the texts are the centre's, but nothing needs them in a log.
    logger.warn('a survey question could not be read; not asked', { index, code, why });
    return null;
  };
  if (!parsed.success) return drop(parsed.error.issues[0]?.path.join('.') || 'shape');
  const question = parsed.data;
  const prompt = localizedPlatformText(question.prompt, 'question');
  if (!prompt) return drop('prompt');
  const choices = [];
  if (question.kind === 'single' || question.kind === 'multiple') {
    const keys = new Set<string>();
    for (const entry of (question.choices ?? []).slice(0, maxSurveyChoices)) {
      const choice = WireChoice.safeParse(entry);
      const label = choice.success ? localizedPlatformText(choice.data.label, 'choiceLabel') : null;
      const key = choice.success ? String(choice.data.key) : '';
      if (!label || keys.has(key)) continue;
      keys.add(key);
      choices.push({ key, label });
    }
    if (choices.length < 2) return drop('choices');
  }
  return {
    code: String(question.code),
    kind: question.kind,
    prompt,
    // Tolerant: a question the centre did not mark is optional (the resident may skip it).
    required: question.required ?? false,
    choices,
  };
}

/** The first open questionnaire the kiosk can ask, or null when none is readable. */
export function readQuestionnaire(
  surveys: readonly unknown[],
  logger: Logger,
): Questionnaire | null {
  for (const [surveyIndex, raw] of surveys.entries()) {
    const parsed = WireSurvey.safeParse(raw);
    const title = parsed.success ? localizedPlatformText(parsed.data.title, 'serviceName') : null;
    if (!parsed.success || !title) {
      logger.warn('a survey could not be read; not offered', { index: surveyIndex });
      continue;
    }
    const questions = parsed.data.questions
      .slice(0, maxSurveyQuestions)
      .map((question, index) => readQuestion(question, index, logger))
      .filter((question): question is SurveyQuestion => question !== null);
    if (questions.length > 0) return { surveyId: String(parsed.data.survey_id), title, questions };
    logger.warn('a survey has no question the kiosk can ask; not offered', {
      index: surveyIndex,
    });
  }
  return null;
}
