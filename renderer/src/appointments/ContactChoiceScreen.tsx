// Step 4: how the centre reaches the resident about the booking: a phone number, or the ID card
// (the kiosk keeps only a keyed hash of its number). Nothing else is asked: a booking needs no
// name, address or description.
import { useTranslation } from '../i18n/translation.js';

interface ContactChoiceScreenProps {
  onPhone: () => void;
  onCard: () => void;
}

export function ContactChoiceScreen({ onPhone, onCard }: ContactChoiceScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="screen" data-testid="appointments-contact">
      <h1>{t('appointments.contact.title')}</h1>
      <p className="screen__lead">{t('appointments.contact.lead')}</p>
      <div className="choice-grid choice-grid--two">
        <button
          type="button"
          className="big-choice"
          data-testid="appointments-by-phone"
          onClick={onPhone}
        >
          <span className="big-choice__title">{t('appointments.contact.phone')}</span>
          <span className="big-choice__hint">{t('appointments.contact.phoneHint')}</span>
        </button>
        <button
          type="button"
          className="big-choice"
          data-testid="appointments-by-card"
          onClick={onCard}
        >
          <span className="big-choice__title">{t('appointments.contact.card')}</span>
          <span className="big-choice__hint">{t('appointments.contact.cardHint')}</span>
        </button>
      </div>
    </main>
  );
}
