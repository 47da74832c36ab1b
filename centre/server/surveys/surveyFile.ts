// The questionnaires the reference centre runs are data, not code: a JSON file read once at start
// (CENTRE_SURVEYS_FILE, else centre/surveys/surveys.json, the demo needs survey with each kind of
// question the kiosk can ask). The file is the centre operator's, so its schema is exact, and a
// bad file stops the start with its path and every problem named (where, and what is wrong)
// rather than serving a questionnaire the kiosk would half read. Texts are Simplified Chinese and,
// where someone wrote it, English; the kiosk converts the Traditional Chinese screen's text.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type Survey, surveyQuestionKinds } from '../../wire/surveys.js';

const Code = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'lower-case letters, digits and -');
const Text = z
  .object({
    'zh-CN': z.string().trim().min(1).max(300),
    'zh-TW': z.string().trim().min(1).max(300).optional(),
    en: z.string().trim().min(1).max(300).optional(),
  })
  .strict();

const Question = z
  .object({
    code: Code,
    kind: z.enum(surveyQuestionKinds),
    prompt: Text,
    required: z.boolean(),
    choices: z
      .array(z.object({ key: Code, label: Text }).strict())
      .min(2)
      .max(30)
      .optional(),
  })
  .strict()
  .refine(
    (q) => (q.kind === 'single' || q.kind === 'multiple') === (q.choices !== undefined),
    'single and multiple questions have choices, scale and text questions none',
  )
  .refine(
    (q) => new Set((q.choices ?? []).map((choice) => choice.key)).size === (q.choices ?? []).length,
    { message: 'choice keys are unique within a question', path: ['choices'] },
  );

const SurveySchema = z
  .object({
    survey_id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/),
    title: Text,
    questions: z.array(Question).min(1).max(20),
  })
  .strict()
  .refine((s) => new Set(s.questions.map((q) => q.code)).size === s.questions.length, {
    message: 'question codes are unique within a survey',
    path: ['questions'],
  });

export const SurveyFile = z
  .object({ surveys: z.array(SurveySchema).max(20) })
  .strict()
  .refine((file) => new Set(file.surveys.map((s) => s.survey_id)).size === file.surveys.length, {
    message: 'survey ids are unique',
    path: ['surveys'],
  });

export class SurveyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SurveyFileError';
  }
}

/** Beside the compiled code when the build copied it, else in the source tree it was built from. */
export function defaultSurveyFile(): string {
  const candidates = [
    // centre/server/surveys/ → centre/surveys/ (and the same inside build/node/)
    new URL('../../surveys/surveys.json', import.meta.url),
    // build/node/centre/server/surveys/ → the repository's centre/surveys/
    new URL('../../../../../centre/surveys/surveys.json', import.meta.url),
  ].map((url) => fileURLToPath(url));
  const found = candidates.find((file) => existsSync(file));
  if (!found) {
    throw new SurveyFileError(`The survey file is missing (looked in ${candidates.join(', ')}).`);
  }
  return found;
}

/** The file's surveys, or a SurveyFileError naming `source` and every problem. */
export function parseSurveyFile(input: unknown, source: string): Survey[] {
  const parsed = SurveyFile.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(the file)'}: ${issue.message}`,
    );
    throw new SurveyFileError(`The survey file ${source} is not valid: ${problems.join('; ')}`);
  }
  return parsed.data.surveys;
}

export function loadSurveyFile(path: string = defaultSurveyFile()): Survey[] {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SurveyFileError(
      `The survey file ${path} could not be read as JSON: ${(error as Error).message}`,
    );
  }
  return parseSurveyFile(input, path);
}
