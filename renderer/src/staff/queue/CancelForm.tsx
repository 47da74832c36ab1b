// Cancelling a refused or held request: one of the reasons the resident's look-up can word, and
// optional words for the resident (shown to the receipt's holder, like a handler's note).
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation.js';
import type { RequestCancelReason } from '../../../../contract/requests.js';
import { cancelReasonWords } from '../requests/cancelReasonWords.js';

/** Every reason, in the order staff read them; the Record makes the compiler check it is all. */
const reasonOrder: Record<RequestCancelReason, number> = {
  duplicate: 0,
  'resident-withdrew': 1,
  'handled-in-person': 2,
  'cannot-be-served': 3,
  other: 4,
};
const requestCancelReasons = (Object.keys(reasonOrder) as RequestCancelReason[]).sort(
  (a, b) => reasonOrder[a] - reasonOrder[b],
);

interface CancelFormProps {
  pending: boolean;
  onCancel: (reason: RequestCancelReason, note: string) => void;
}

export function CancelForm({ pending, onCancel }: CancelFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<RequestCancelReason | null>(null);
  const [note, setNote] = useState('');
  return (
    <section className="staff-correct" data-testid="staff-cancel">
      <h2>{t('staff.queue.cancelTitle')}</h2>
      <fieldset className="staff-choices">
        {requestCancelReasons.map((option) => (
          <button
            key={option}
            type="button"
            className={reason === option ? 'primary-button' : 'secondary-button'}
            aria-pressed={reason === option}
            data-testid={`staff-cancel-reason-${option}`}
            onClick={() => setReason(option)}
          >
            {cancelReasonWords(t, option)}
          </button>
        ))}
      </fieldset>
      <label className="staff-field">
        <span>{t('staff.queue.cancelNote')}</span>
        <input
          type="text"
          maxLength={200}
          value={note}
          data-testid="staff-cancel-note"
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <button
        type="button"
        className="primary-button"
        data-testid="staff-cancel-confirm"
        disabled={pending || reason === null}
        onClick={() => reason && onCancel(reason, note)}
      >
        {t('staff.queue.cancelConfirm')}
      </button>
    </section>
  );
}
