// One of the centre platform's questions for the chosen need, on a screen of its own: the
// question in the resident's language (the platform's own words when the page has no
// translation), the way to answer that fits its datatype, and for an optional question a large
// "skip". A required question has no skip and says why; an answer the platform would refuse is
// explained here, before anything is sent.
import { type ReactNode, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { AttributeAnswer, AttributeQuestion } from '../../../contract/index.js';
import { type AnswerProblem, answerLimit, answerProblem, isBlankAnswer } from './answerRules.js';
import { DateTimeAnswer } from './DateTimeAnswer.js';
import { MultiChoiceAnswer, SingleChoiceAnswer } from './ChoiceAnswers.js';
import { NumberAnswer } from './NumberAnswer.js';
import { TextAnswer } from './TextAnswer.js';
import { useQuestionText } from './useQuestionText.js';

interface QuestionScreenProps {
  question: AttributeQuestion;
  /** 0-based place among the need's questions, and how many there are. */
  index: number;
  total: number;
  /** The answer given before (when the resident came Back), else undefined. */
  previous: AttributeAnswer | undefined;
  now: () => Date;
  /** null: skipped (optional questions only). */
  onAnswer: (answer: AttributeAnswer | null) => void;
}

/**
 * The platform's hint on the form (e.g. "YYYY-MM-DD") helps only where the resident writes the
 * answer; buttons already give it the right form.
 */
const hintShown: ReadonlySet<AttributeQuestion['datatype']> = new Set(['string', 'text', 'number']);

/** What a body gets: where its answer goes and what to put beside its own main button. */
export interface AnswerBodyProps {
  question: AttributeQuestion;
  previous: AttributeAnswer | undefined;
  onSubmit: (answer: AttributeAnswer) => void;
  /** The skip button (optional questions), shown in the body's action row. */
  extraActions: ReactNode;
}

function AnswerBody(props: AnswerBodyProps & { now: () => Date }) {
  switch (props.question.datatype) {
    case 'singlevaluelist':
      return <SingleChoiceAnswer {...props} />;
    case 'multivaluelist':
      return <MultiChoiceAnswer {...props} />;
    case 'number':
      return <NumberAnswer {...props} />;
    case 'datetime':
      return <DateTimeAnswer {...props} />;
    case 'string':
    case 'text':
      return <TextAnswer {...props} />;
  }
}

export function QuestionScreen({
  question,
  index,
  total,
  previous,
  now,
  onAnswer,
}: QuestionScreenProps) {
  const { t } = useTranslation();
  const text = useQuestionText();
  const [answerIssue, setAnswerIssue] = useState<AnswerProblem | null>(null);
  const submit = (answer: AttributeAnswer) => {
    // Nothing given to an optional question is the same as skipping it.
    if (!question.required && isBlankAnswer(answer)) return onAnswer(null);
    const found = answerProblem(question, answer);
    setAnswerIssue(found);
    if (!found) onAnswer(answer);
  };
  const skip = question.required ? null : (
    <button
      type="button"
      className="secondary-button secondary-button--large"
      data-testid="question-skip"
      onClick={() => onAnswer(null)}
    >
      {t('ask.question.skip')}
    </button>
  );
  return (
    <main
      className="screen question-screen"
      data-testid="ask-question"
      data-question={question.code}
    >
      <div className="question-screen__head">
        <p className="question-screen__progress" data-testid="question-progress">
          {t('ask.question.progress', { number: index + 1, total })}
        </p>
        <h1 data-testid="question-text">{text.question(question)}</h1>
        {question.datatypeDescription && hintShown.has(question.datatype) ? (
          <p className="screen__lead">{question.datatypeDescription}</p>
        ) : null}
        {question.required ? (
          <p className="notice" data-testid="question-required">
            {t('ask.question.required')}
          </p>
        ) : null}
        {answerIssue ? (
          <p className="notice notice--error" role="alert" data-testid="question-problem">
            {t(`ask.question.problem.${answerIssue}`, { limit: answerLimit(question) })}
          </p>
        ) : null}
      </div>
      <AnswerBody
        key={question.code}
        question={question}
        previous={previous}
        now={now}
        onSubmit={submit}
        extraActions={skip}
      />
    </main>
  );
}
