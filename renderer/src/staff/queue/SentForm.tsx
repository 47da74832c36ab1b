// What a refused entry went out with, as staff may see it: every error the centre gave, the form
// as sent (masked by the kiosk before it reaches the page), the mapping that chose the service,
// the current idempotency key and every earlier resend with both of its keys.
import { useTranslation } from '../../i18n/translation.js';
import type { StaffQueueEntryDetail } from '../../../../contract/staffQueue.js';
import { formatDateTime } from '../../format/dateTime.js';
import { useLanguage } from '../../i18n/useLocalize.js';

const answerText = (answer: string | readonly string[]) =>
  typeof answer === 'string' ? answer : answer.join(', ');

export function SentForm({ detail }: { detail: StaffQueueEntryDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { refusal, sentForm: form, mapping } = detail;
  return (
    <>
      {refusal ? (
        <section data-testid="staff-entry-errors">
          <h2>{t('staff.queue.errorsTitle')}</h2>
          <p>
            {t('staff.queue.refusedAt', {
              status: refusal.httpStatus ?? '—',
              at: formatDateTime(refusal.deadAt, language),
            })}
          </p>
          <ul>
            {refusal.errors.map((error, index) => (
              <li key={`${error.code}-${index}`} data-testid="staff-entry-error">
                <code>{error.code}</code> {error.description}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section data-testid="staff-entry-form">
        <h2>{t('staff.queue.formTitle')}</h2>
        {form ? (
          <ul>
            <li>{t('staff.queue.formService', { code: form.serviceCode ?? '—' })}</li>
            <li>{t('staff.queue.formDescription', { text: form.description || '—' })}</li>
            {form.maskedName ? (
              <li>{t('staff.queue.formName', { name: form.maskedName })}</li>
            ) : null}
            {form.maskedPhone ? (
              <li data-testid="staff-entry-phone">
                {t('staff.queue.formPhone', { phone: form.maskedPhone })}
              </li>
            ) : null}
            {form.address ? (
              <li>{t('staff.queue.formAddress', { address: form.address })}</li>
            ) : null}
            {Object.entries(form.attributes).map(([code, answer]) => (
              <li key={code}>
                {t('staff.queue.formAnswer', { code, answer: answerText(answer) })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('staff.queue.formUnreadable')}</p>
        )}
      </section>
      {mapping ? (
        <section data-testid="staff-entry-mapping">
          <h2>{t('staff.queue.mappingTitle')}</h2>
          <ul>
            {Object.entries(mapping).map(([key, value]) => (
              <li key={key}>{t('staff.queue.mappingLine', { key, value: String(value) })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section data-testid="staff-entry-keys">
        <p>{t('staff.queue.currentKey', { key: detail.idempotencyKey })}</p>
        {detail.resends.length > 0 ? (
          <>
            <h2>{t('staff.queue.resendsTitle')}</h2>
            <ul>
              {detail.resends.map((resend) => (
                <li key={resend.idempotencyKey}>
                  {t('staff.queue.resendLine', {
                    at: formatDateTime(resend.resentAt, language),
                    previous: resend.previousIdempotencyKey,
                    key: resend.idempotencyKey,
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
