// A booking's facts, as the result and the look-up show them: the code large, the service, the
// day and time, where it happens, and where the centre stands on it.
import { useTranslation } from '../i18n/translation.js';
import type { BookingView } from '../../../contract/index.js';
import { useLanguage, useLocalize } from '../i18n/useLocalize.js';
import { bookingStateWords } from './bookingWords.js';
import { dayWords, timeWords } from './dayWords.js';

export function BookingFacts({ booking }: { booking: BookingView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalize();
  return (
    <>
      <div className="receipt__ticket">
        <span className="receipt__ticket-label">{t('appointments.code')}</span>
        <span className="receipt__ticket-number" data-testid="appointments-code">
          {booking.code}
        </span>
      </div>
      <p className="screen__lead" data-testid="appointments-when">
        {localize(booking.serviceName)} · {dayWords(booking.date, language)} {timeWords(booking)}
      </p>
      <p
        className={`notice ${booking.state === 'confirmed' ? 'notice--success' : 'notice--attention'}`}
        data-testid="appointments-state"
        data-state={booking.state}
      >
        {bookingStateWords(t, booking)}
      </p>
    </>
  );
}
