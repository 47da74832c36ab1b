// The last step: everything read back in large print before it is sent, the platform's
// questions and the chosen place included. The ID number appears only masked; the full number
// never reaches the page. An answer the platform would refuse is named before anything is sent,
// and a refusal from the services is put into plain words.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { SubmittedRequest } from '../../../contract/index.js';
import { TakeCardNotice } from '../card/TakeCardNotice.js';
import { formatPhone } from '../format/phone.js';
import { useLocalize } from '../i18n/useLocalize.js';
import type { AskDraft } from './askDraft.js';
import { type AnswerProblem, draftAnswerProblems } from './answerRules.js';
import { submitProblemText } from './submitProblem.js';
import { useQuestionText } from './useQuestionText.js';
import { useReadBack } from './useReadBack.js';
import { useSubmitRequest } from './useSubmitRequest.js';
import { Pager } from '../layout/Pager.js';

interface ConfirmScreenProps {
  draft: AskDraft;
  onSubmitted: (result: SubmittedRequest) => void;
  onAddPhone: () => void;
  /** Assisted entry: "Send" opens the resident's own confirmation instead of sending. */
  onReview?: (() => void) | undefined;
}

type Fact = [key: string, label: string, value: string];

export function ConfirmScreen({ draft, onSubmitted, onAddPhone, onReview }: ConfirmScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const text = useQuestionText();
  const readBack = useReadBack();
  const [submit, state] = useSubmitRequest(draft, onSubmitted);
  const [checked, setChecked] = useState(false);
  const urgency = draft.urgency ?? 'normal';
  const name = draft.card?.name ?? draft.name;
  const questions = draft.platform.questions;
  const facts: Fact[] = [
    ['category', t('ask.confirm.category'), localize(draft.category.title)],
    ['need', t('ask.confirm.need'), draft.need ? localize(draft.need.title) : t('ask.need.other')],
    ...(draft.description
      ? [['description', t('ask.confirm.description'), draft.description] as Fact]
      : []),
    ...questions.map((question): Fact => [
      `answer-${question.code}`,
      text.question(question),
      readBack.answer(question, draft.answers[question.code]),
    ]),
    ...(draft.platform.location === 'choice'
      ? [['place', t('ask.confirm.place'), readBack.place(draft.location)] as Fact]
      : []),
    ['urgency', t('ask.confirm.urgency'), t(`ask.urgency.${urgency}.title`)],
    ['name', t('ask.confirm.name'), name ?? t('ask.confirm.noName')],
    ...(draft.card ? [['id', t('ask.confirm.idCard'), draft.card.maskedIdNumber] as Fact] : []),
    [
      'phone',
      t('ask.confirm.phone'),
      draft.phone ? formatPhone(draft.phone) : t('ask.confirm.noPhone'),
    ],
  ];

  const answerWords: Record<AnswerProblem, string> = {
    required: 'ask.submitProblem.answerMissing',
    'not-a-choice': 'ask.submitProblem.answerNotAChoice',
    'not-a-number': 'ask.submitProblem.answerNotANumber',
    'too-long': 'ask.submitProblem.answerTooLong',
  };
  const localProblems = [
    ...draftAnswerProblems(draft).map(({ question, problem }) =>
      t(answerWords[problem], { question: text.question(question) }),
    ),
    ...(draft.platform.location === 'choice' && draft.location === null
      ? [t('ask.submitProblem.noPlace')]
      : []),
  ];
  const serverProblem = submitProblemText(t, state, questions, text.question);
  const send = () => {
    // Only problems need drawing: with none, the tap goes straight to sending.
    if (localProblems.length > 0) setChecked(true);
    else (onReview ?? submit)();
  };

  return (
    <main className="screen screen--confirm" data-testid="ask-confirm">
      <h1>{t('ask.confirm.title')}</h1>
      <TakeCardNotice active={draft.card !== null} />
      <Pager
        as="dl"
        listClassName="facts facts--confirm"
        testId="confirm-facts"
        items={facts.map(([key, label, value]) => (
          <div key={key} className="facts__row" data-testid={`confirm-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      />
      {checked && localProblems.length > 0 ? (
        <div className="notice notice--error" role="alert" data-testid="confirm-problems">
          {localProblems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
          <p>{t('ask.submitProblem.goBack')}</p>
        </div>
      ) : null}
      {serverProblem ? (
        <p className="notice notice--error" role="alert" data-testid="submit-error">
          {serverProblem}
        </p>
      ) : null}
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="confirm-submit"
          disabled={state.pending}
          onClick={send}
        >
          {state.pending ? t('ask.confirm.sending') : t('ask.confirm.submit')}
        </button>
        {draft.card && !draft.phone ? (
          <button
            type="button"
            className="secondary-button"
            data-testid="confirm-add-phone"
            onClick={onAddPhone}
          >
            {t('ask.confirm.addPhone')}
          </button>
        ) : null}
      </div>
    </main>
  );
}
