// "Ask for help" entered by staff: the resident's confirmation of exactly what will be sent, then
// the request with the staff session and the resident's answer. A refusal (a session that lapsed,
// a card that is not theirs) is put into plain words and nothing is sent.
import { useCallback } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { ResidentConfirmation, SubmittedRequest } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { useAction } from '../api/useAction.js';
import { toRequestDraft } from '../ask/requestDraft.js';
import { submitProblemText } from '../ask/submitProblem.js';
import { useQuestionText } from '../ask/useQuestionText.js';
import { useReadBack } from '../ask/useReadBack.js';
import { formatPhone } from '../format/phone.js';
import { useLanguage, useLocalize } from '../i18n/useLocalize.js';
import type { AskDraft } from '../ask/askDraft.js';
import type { AssistedVisit } from './AssistedContext.js';
import { assistedProblemText } from './assistedProblem.js';
import { type ReadBackRow, ResidentConfirmScreen } from './ResidentConfirmScreen.js';

interface AssistedAskConfirmProps {
  assisted: AssistedVisit;
  draft: AskDraft;
  onSubmitted: (result: SubmittedRequest) => void;
  onChange: () => void;
}

export function AssistedAskConfirm({
  assisted,
  draft,
  onSubmitted,
  onChange,
}: AssistedAskConfirmProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const language = useLanguage();
  const text = useQuestionText();
  const readBack = useReadBack();
  const client = useKioskClient();
  const send = useCallback(
    (confirmation: ResidentConfirmation) =>
      client.call('submitRequest', {
        ...toRequestDraft(draft, language),
        assisted: { token: assisted.token, confirmation },
      }),
    [client, draft, language, assisted.token],
  );
  const [submit, state] = useAction(send, onSubmitted);
  const urgency = draft.urgency ?? 'normal';
  const rows: ReadBackRow[] = [
    ['category', t('ask.confirm.category'), localize(draft.category.title)],
    ['need', t('ask.confirm.need'), draft.need ? localize(draft.need.title) : t('ask.need.other')],
    ...(draft.description
      ? [['description', t('ask.confirm.description'), draft.description] as ReadBackRow]
      : []),
    ...draft.platform.questions.map((question): ReadBackRow => [
      `answer-${question.code}`,
      text.question(question),
      readBack.answer(question, draft.answers[question.code]),
    ]),
    ...(draft.platform.location === 'choice'
      ? [['place', t('ask.confirm.place'), readBack.place(draft.location)] as ReadBackRow]
      : []),
    ['urgency', t('ask.confirm.urgency'), t(`ask.urgency.${urgency}.title`)],
    ['name', t('ask.confirm.name'), draft.card?.name ?? draft.name ?? t('ask.confirm.noName')],
    ['phone', t('ask.confirm.phone'), draft.phone ? formatPhone(draft.phone) : '—'],
  ];
  const problem =
    assistedProblemText(t, state) ??
    submitProblemText(t, state, draft.platform.questions, text.question);
  return (
    <ResidentConfirmScreen
      staffName={assisted.staffName}
      rows={rows}
      pending={state.pending}
      problem={problem}
      onConfirm={submit}
      onChange={onChange}
    />
  );
}
