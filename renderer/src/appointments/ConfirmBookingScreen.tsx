// Step 5: the read-back before booking (service, day and time, phone or card) and one primary
// "book". Booking never waits for the network: the kiosk saves it and gives its code at once.
// A slot that filled since it was chosen is said plainly, with the way back to the times.
import { useCallback } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { AppointmentService, AppointmentSlot, BookingMade } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { useAction } from '../api/useAction.js';
import { formatPhone } from '../format/phone.js';
import { useLanguage, useLocalize } from '../i18n/useLocalize.js';
import type { BookingContactChoice } from './appointmentsScreen.js';
import { dayWords, timeWords } from './dayWords.js';

interface ConfirmBookingScreenProps {
  service: AppointmentService;
  slot: AppointmentSlot;
  contact: BookingContactChoice;
  hotline: string;
  onBooked: (made: BookingMade) => void;
}

export function ConfirmBookingScreen(props: ConfirmBookingScreenProps) {
  const { service, slot, contact, hotline, onBooked } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalize();
  const client = useKioskClient();
  const book = useCallback(
    () =>
      client.call('bookAppointment', {
        slotId: slot.slotId,
        contact:
          contact.kind === 'phone'
            ? { kind: 'phone', phone: contact.phone }
            : { kind: 'card', cardToken: contact.cardToken },
        language,
      }),
    [client, slot, contact, language],
  );
  const [submit, state] = useAction(book, onBooked);
  return (
    <main className="screen screen--confirm" data-testid="appointments-confirm">
      <h1>{t('appointments.confirm.title')}</h1>
      <dl className="facts">
        <dt>{t('appointments.confirm.service')}</dt>
        <dd>{localize(service.name)}</dd>
        <dt>{t('appointments.confirm.when')}</dt>
        <dd data-testid="appointments-confirm-when">
          {dayWords(slot.date, language)} {timeWords(slot)}
        </dd>
        <dt>{t('appointments.confirm.contact')}</dt>
        <dd>
          {contact.kind === 'phone'
            ? formatPhone(contact.phone)
            : t('appointments.confirm.card', { name: contact.name })}
        </dd>
      </dl>
      {state.error ? (
        <p className="notice notice--error" role="alert" data-testid="appointments-book-error">
          {state.reason === 'slot-full'
            ? t('appointments.confirm.slotFull')
            : t('appointments.confirm.failed', { hotline })}
        </p>
      ) : null}
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="appointments-book"
          disabled={state.pending}
          onClick={() => submit()}
        >
          {state.pending ? t('appointments.confirm.booking') : t('appointments.confirm.book')}
        </button>
      </div>
    </main>
  );
}
