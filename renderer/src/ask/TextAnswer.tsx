// A short string or a longer text answer in one large field, with the platform's limit shown as
// it is reached (the field takes no more than the limit).
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { answerLimit } from './answerRules.js';
import type { AnswerBodyProps } from './QuestionScreen.js';

export function TextAnswer({ question, previous, onSubmit, extraActions }: AnswerBodyProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(typeof previous === 'string' ? previous : '');
  const limit = answerLimit(question);
  const field =
    question.datatype === 'text' ? (
      <textarea
        className="answer-text__box"
        data-testid="answer-text"
        rows={3}
        maxLength={limit}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
    ) : (
      <input
        type="text"
        className="answer-text__box"
        data-testid="answer-text"
        maxLength={limit}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
    );
  return (
    <>
      <label className="answer-text">
        <span className="answer-text__label">{t('ask.question.typeHere')}</span>
        {field}
        <span className="answer-text__count" data-testid="answer-count">
          {t('ask.question.count', { used: typed.length, limit })}
        </span>
      </label>
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="question-next"
          onClick={() => onSubmit(typed.trim())}
        >
          {t('common.next')}
        </button>
        {extraActions}
      </div>
    </>
  );
}
