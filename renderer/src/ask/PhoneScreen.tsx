// A phone number on the digit pad: an 11-digit mobile or a landline with its area code.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { DigitPad } from '../components/DigitPad.js';
import { formatPhone, isValidPhone, maxPhoneDigits } from '../format/phone.js';

interface PhoneScreenProps {
  initial: string;
  onNext: (phone: string) => void;
}

export function PhoneScreen({ initial, onNext }: PhoneScreenProps) {
  const { t } = useTranslation();
  const [digits, setDigits] = useState(initial);
  const [showError, setShowError] = useState(false);
  const change = (next: string) => {
    setDigits(next);
    setShowError(false);
  };
  const next = () => {
    if (isValidPhone(digits)) onNext(digits);
    else setShowError(true);
  };
  return (
    <main className="screen screen--pad" data-testid="ask-phone">
      <div className="pad-screen__side">
        <h1>{t('ask.phone.title')}</h1>
        <p className="screen__lead">{t('ask.phone.lead')}</p>
        <output className="pad-display" data-testid="phone-display" aria-live="polite">
          {digits ? (
            formatPhone(digits)
          ) : (
            <span className="pad-display__placeholder">{t('ask.phone.empty')}</span>
          )}
        </output>
        {showError ? (
          <p className="notice notice--error" role="alert" data-testid="phone-error">
            {t('ask.phone.invalid')}
          </p>
        ) : null}
      </div>
      <DigitPad value={digits} maxLength={maxPhoneDigits} onChange={change} />
      <div className="action-row pad-screen__action">
        <button type="button" className="primary-button" data-testid="phone-next" onClick={next}>
          {t('common.next')}
        </button>
      </div>
    </main>
  );
}
