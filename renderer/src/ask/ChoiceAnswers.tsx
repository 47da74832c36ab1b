// The platform's list questions as large buttons with the value names: one tap answers a
// single choice; a multiple choice toggles each button and ends with a clear "done".
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { AnswerBodyProps } from './QuestionScreen.js';
import { useQuestionText } from './useQuestionText.js';

export function SingleChoiceAnswer({
  question,
  previous,
  onSubmit,
  extraActions,
}: AnswerBodyProps) {
  const text = useQuestionText();
  return (
    <>
      <div className="choice-grid choice-grid--answers" role="group">
        {question.values.map((value) => (
          <button
            key={value.key}
            type="button"
            className="big-choice big-choice--answer"
            aria-pressed={previous === value.key}
            data-testid={`answer-${value.key}`}
            onClick={() => onSubmit(value.key)}
          >
            <span className="big-choice__title">{text.valueName(question, value.key)}</span>
          </button>
        ))}
      </div>
      {extraActions ? <div className="action-row">{extraActions}</div> : null}
    </>
  );
}

export function MultiChoiceAnswer({ question, previous, onSubmit, extraActions }: AnswerBodyProps) {
  const { t } = useTranslation();
  const text = useQuestionText();
  const [picked, setPicked] = useState<string[]>(Array.isArray(previous) ? previous : []);
  const toggle = (key: string) =>
    setPicked((list) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]));
  // Sent in the platform's own order, whatever order they were tapped in.
  const inOrder = question.values.map((value) => value.key).filter((key) => picked.includes(key));
  return (
    <>
      <p className="screen__lead">{t('ask.question.pickAny')}</p>
      <div className="choice-grid choice-grid--answers" role="group">
        {question.values.map((value) => (
          <button
            key={value.key}
            type="button"
            className="big-choice big-choice--toggle"
            aria-pressed={picked.includes(value.key)}
            data-testid={`answer-${value.key}`}
            onClick={() => toggle(value.key)}
          >
            <span className="big-choice__title">{text.valueName(question, value.key)}</span>
            {picked.includes(value.key) ? (
              <span className="big-choice__badge">{t('ask.question.chosen')}</span>
            ) : null}
          </button>
        ))}
      </div>
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="question-done"
          onClick={() => onSubmit(inOrder)}
        >
          {t('ask.question.done')}
        </button>
        {extraActions}
      </div>
    </>
  );
}
