// Whether an answer sheet fits the questionnaire it names: every answer for a question that
// exists, of that question's kind, every required question answered. What does not fit is
// refused whole (400) rather than stored in part, so the centre's counts mean what they say.
import type { Open311ErrorBody } from '../../wire/errors.js';
import type { Survey, SurveyAnswers } from '../../wire/surveys.js';

const invalid = (description: string): Open311ErrorBody => ({
  code: 'survey_response_invalid',
  description,
});

export function answerProblems(survey: Survey, answers: SurveyAnswers): Open311ErrorBody[] {
  const problems: Open311ErrorBody[] = [];
  const byCode = new Map(survey.questions.map((question) => [question.code, question]));
  for (const [code, value] of Object.entries(answers)) {
    const question = byCode.get(code);
    if (!question) {
      problems.push(invalid(`No question "${code}" in survey ${survey.survey_id}.`));
      continue;
    }
    const keys = new Set((question.choices ?? []).map((choice) => choice.key));
    const fits =
      question.kind === 'single'
        ? typeof value === 'string' && keys.has(value)
        : question.kind === 'multiple'
          ? Array.isArray(value) &&
            new Set(value).size === value.length &&
            value.every((key) => keys.has(key))
          : question.kind === 'scale'
            ? typeof value === 'number'
            : typeof value === 'string';
    if (!fits) problems.push(invalid(`The answer to "${code}" does not fit a ${question.kind}.`));
  }
  for (const question of survey.questions) {
    if (question.required && !(question.code in answers)) {
      problems.push(invalid(`"${question.code}" must be answered.`));
    }
  }
  return problems;
}
