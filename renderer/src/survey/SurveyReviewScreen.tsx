// The read-back before the answers are sent: every question with the answer given ("skipped"
// for an optional one left out), each row a large button back to that question, and one
// primary "send". Saving never waits for the network: the kiosk queues the sheet for the centre.
import { useCallback } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { SurveyAnswer, SurveyQuestion } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { useAction } from '../api/useAction.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { Pager } from '../layout/Pager.js';
import type { SurveyDraft } from './surveyDraft.js';

interface SurveyReviewScreenProps {
  draft: SurveyDraft;
  onChange: (index: number) => void;
  onSent: () => void;
}

function useAnswerText(): (question: SurveyQuestion, answer: SurveyAnswer | undefined) => string {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (question, answer) => {
    if (answer === undefined) return t('survey.review.skipped');
    const label = (key: string) => {
      const choice = question.choices.find((listed) => listed.key === key);
      return choice ? localize(choice.label) : key;
    };
    if (Array.isArray(answer)) return answer.map(label).join('、');
    if (typeof answer === 'number') return t('survey.review.scale', { value: answer });
    return question.kind === 'single' ? label(answer) : answer;
  };
}

export function SurveyReviewScreen({ draft, onChange, onSent }: SurveyReviewScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const client = useKioskClient();
  const answerText = useAnswerText();
  const send = useCallback(
    () =>
      client.call('submitSurvey', {
        surveyId: draft.questionnaire.surveyId,
        answers: { ...draft.answers },
      }),
    [client, draft],
  );
  const [submit, state] = useAction(send, onSent);
  return (
    <main className="screen screen--confirm" data-testid="survey-review">
      <h1>{t('survey.review.title')}</h1>
      <p className="screen__lead">{t('survey.review.anonymous')}</p>
      <Pager
        listClassName="choice-grid"
        testId="survey-review-answers"
        items={draft.questionnaire.questions.map((question, index) => (
          <button
            key={question.code}
            type="button"
            className="big-choice"
            data-testid={`survey-review-${question.code}`}
            onClick={() => onChange(index)}
          >
            <span className="big-choice__hint">{localize(question.prompt)}</span>
            <span className="big-choice__title">
              {answerText(question, draft.answers[question.code])}
            </span>
          </button>
        ))}
      />
      {state.error ? (
        <p className="notice notice--error" role="alert" data-testid="survey-error">
          {state.reason === 'survey-changed'
            ? t('survey.review.changed')
            : t('survey.review.failed')}
        </p>
      ) : null}
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="survey-submit"
          disabled={state.pending}
          onClick={() => submit()}
        >
          {state.pending ? t('survey.review.sending') : t('survey.review.submit')}
        </button>
      </div>
    </main>
  );
}
