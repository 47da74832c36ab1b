// Step 5: everything read back in large print before it is sent. The ID number appears only
// masked; the full number never reaches the page.
import { useTranslation } from 'react-i18next';
import type { SubmittedRequest } from '../../../contract/index.js';
import { TakeCardNotice } from '../card/TakeCardNotice.js';
import { formatPhone } from '../format/phone.js';
import { useLocalize } from '../i18n/useLocalize.js';
import type { AskDraft } from '../visit/screens.js';
import { useSubmitRequest } from './useSubmitRequest.js';

interface ConfirmScreenProps {
  draft: AskDraft;
  onSubmitted: (result: SubmittedRequest) => void;
  onAddPhone: () => void;
}

export function ConfirmScreen({ draft, onSubmitted, onAddPhone }: ConfirmScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const [submit, { pending, error }] = useSubmitRequest(draft, onSubmitted);
  const urgency = draft.urgency ?? 'normal';
  const name = draft.card?.name ?? draft.name;
  const facts: [string, string, string][] = [
    ['category', t('ask.confirm.category'), localize(draft.category.title)],
    ['need', t('ask.confirm.need'), draft.need ? localize(draft.need.title) : t('ask.need.other')],
    ...(draft.description
      ? [
          ['description', t('ask.confirm.description'), draft.description] as [
            string,
            string,
            string,
          ],
        ]
      : []),
    ['urgency', t('ask.confirm.urgency'), t(`ask.urgency.${urgency}.title`)],
    ['name', t('ask.confirm.name'), name ?? t('ask.confirm.noName')],
    ...(draft.card
      ? [['id', t('ask.confirm.idCard'), draft.card.maskedIdNumber] as [string, string, string]]
      : []),
    [
      'phone',
      t('ask.confirm.phone'),
      draft.phone ? formatPhone(draft.phone) : t('ask.confirm.noPhone'),
    ],
  ];

  return (
    <main className="screen" data-testid="ask-confirm">
      <h1>{t('ask.confirm.title')}</h1>
      <TakeCardNotice active={draft.card !== null} />
      <dl className="facts">
        {facts.map(([key, label, value]) => (
          <div key={key} className="facts__row" data-testid={`confirm-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {error ? (
        <p className="notice notice--error" role="alert" data-testid="submit-error">
          {error === 'invalid-input' ? t('ask.confirm.invalid') : t('ask.confirm.failed')}
        </p>
      ) : null}
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="confirm-submit"
          disabled={pending}
          onClick={submit}
        >
          {pending ? t('ask.confirm.sending') : t('ask.confirm.submit')}
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
