// The platform's rules for an answer, checked on the page before anything is sent, so the
// resident hears what is missing while still at the question rather than after "Send". They
// mirror the services' check at submit (required, a listed choice, a number, the length limit).
import { attributeStringMaxLength, attributeTextMaxLength } from '../../../contract/constants.js';
import type { AttributeAnswer, AttributeQuestion } from '../../../contract/index.js';
import type { AskDraft } from './askDraft.js';

export const answerProblems = ['required', 'not-a-choice', 'not-a-number', 'too-long'] as const;
export type AnswerProblem = (typeof answerProblems)[number];

const decimal = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** The longest answer a string or text question takes. */
export function answerLimit(question: AttributeQuestion): number {
  return (
    question.maxLength ??
    (question.datatype === 'string' ? attributeStringMaxLength : attributeTextMaxLength)
  );
}

export function isBlankAnswer(answer: AttributeAnswer | undefined): boolean {
  return (
    answer === undefined ||
    (typeof answer === 'string' ? answer.trim() === '' : answer.length === 0)
  );
}

/** What is wrong with this answer to this question, or null when it will be accepted. */
export function answerProblem(
  question: AttributeQuestion,
  answer: AttributeAnswer | undefined,
): AnswerProblem | null {
  if (answer === undefined || isBlankAnswer(answer)) return question.required ? 'required' : null;
  const keys = new Set(question.values.map((value) => value.key));
  if (question.datatype === 'multivaluelist') {
    return typeof answer === 'string' || answer.some((key) => !keys.has(key))
      ? 'not-a-choice'
      : null;
  }
  if (typeof answer !== 'string') return 'not-a-choice';
  const text = answer.trim();
  switch (question.datatype) {
    case 'singlevaluelist':
      return keys.has(text) ? null : 'not-a-choice';
    case 'number':
      return decimal.test(text) ? null : 'not-a-number';
    case 'string':
    case 'text':
      return text.length > answerLimit(question) ? 'too-long' : null;
    case 'datetime':
      return Number.isNaN(Date.parse(text)) ? 'not-a-choice' : null;
  }
}

/** Every question of the draft whose answer would be refused, in the order they are asked. */
export function draftAnswerProblems(
  draft: Pick<AskDraft, 'platform' | 'answers'>,
): { question: AttributeQuestion; problem: AnswerProblem }[] {
  return draft.platform.questions.flatMap((question) => {
    const problem = answerProblem(question, draft.answers[question.code]);
    return problem ? [{ question, problem }] : [];
  });
}
