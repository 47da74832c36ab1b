// Step 4: how the centre reaches the resident about the booking: a phone number, or the ID card
// (the kiosk keeps only a keyed hash of its number). Nothing else is asked: a booking needs no
// name, address or description.
import { BigChoice } from '../components/BigChoice.js';
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
        <BigChoice
          data-testid="appointments-by-phone"
          onClick={onPhone}
          title={t('appointments.contact.phone')}
          hint={t('appointments.contact.phoneHint')}
        />
        <BigChoice
          data-testid="appointments-by-card"
          onClick={onCard}
          title={t('appointments.contact.card')}
          hint={t('appointments.contact.cardHint')}
        />
      </div>
    </main>
  );
}
