// A booking found by its code: where the centre stands on it, and what the resident can do. A
// booking whose slot was taken before it reached the centre says so plainly, with the service's
// next free slots, each one tap to move the booking there (same code, a new receipt). Any
// booking not yet cancelled can be cancelled, after one "are you sure" (queued for the centre
// when it is away).
import { useCallback, useState } from 'react';
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { BookingMade, BookingView } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { useAction } from '../api/useAction.js';
import { useLanguage } from '../i18n/useLocalize.js';
import { BookingFacts } from './BookingFacts.js';
import { dayWords, timeWords } from './dayWords.js';

interface BookingScreenProps {
  booking: BookingView;
  hotline: string;
  onChanged: (booking: BookingView) => void;
  onRebooked: (made: BookingMade) => void;
}

export function BookingScreen({ booking, hotline, onChanged, onRebooked }: BookingScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useKioskClient();
  const [asking, setAsking] = useState(false);
  const cancel = useCallback(
    () => client.call('cancelBooking', { code: booking.code }),
    [client, booking.code],
  );
  const rebook = useCallback(
    (slotId: string) => client.call('rebookAppointment', { code: booking.code, slotId, language }),
    [client, booking.code, language],
  );
  const [runCancel, cancelState] = useAction(cancel, onChanged);
  const [runRebook, rebookState] = useAction(rebook, onRebooked);
  const failed = cancelState.error ?? rebookState.error;
  return (
    <main className="screen" data-testid="appointments-booking">
      <h1>{t('appointments.booking.title')}</h1>
      <BookingFacts booking={booking} />
      {booking.state === 'slot-taken' ? (
        <>
          <p className="screen__lead">
            {booking.nextFreeSlots.length > 0
              ? t('appointments.booking.chooseAnother')
              : t('appointments.booking.noneFree', { hotline })}
          </p>
          <div className="choice-grid choice-grid--two" data-testid="appointments-next-free">
            {booking.nextFreeSlots.map((slot) => (
              <BigChoice
                key={slot.slotId}
                data-testid="appointments-rebook"
                disabled={rebookState.pending}
                onClick={() => runRebook(slot.slotId)}
                title={dayWords(slot.date, language)}
                hint={timeWords(slot)}
              />
            ))}
          </div>
        </>
      ) : null}
      {failed ? (
        <p className="notice notice--error" role="alert" data-testid="appointments-booking-error">
          {cancelState.reason === 'booking-elsewhere-unreachable'
            ? t('appointments.booking.elsewhere', { hotline })
            : t('appointments.booking.failed', { hotline })}
        </p>
      ) : null}
      {booking.state === 'cancelled' ? null : (
        <div className="action-row">
          {asking ? (
            <button
              type="button"
              className="primary-button primary-button--large"
              data-testid="appointments-cancel-sure"
              disabled={cancelState.pending}
              onClick={() => runCancel()}
            >
              {t('appointments.booking.cancelSure')}
            </button>
          ) : (
            <button
              type="button"
              className="secondary-button secondary-button--large"
              data-testid="appointments-cancel"
              onClick={() => setAsking(true)}
            >
              {t('appointments.booking.cancel')}
            </button>
          )}
        </div>
      )}
    </main>
  );
}
