// "Look up or cancel my booking": the nine digits of the booking code on the number pad (the
// dash is put in for the resident), then the booking as the kiosk knows it.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { useAction } from '../api/useAction.js';
import { DigitPad } from '../components/DigitPad.js';

const codeDigits = 9;
const withDash = (digits: string) =>
  digits.length > 4 ? `${digits.slice(0, 4)}-${digits.slice(4)}` : digits;

interface LookupScreenProps {
  hotline: string;
  onFound: (booking: BookingView) => void;
}

export function LookupScreen({ hotline, onFound }: LookupScreenProps) {
  const { t } = useTranslation();
  const client = useKioskClient();
  const [digits, setDigits] = useState('');
  const find = useCallback((code: string) => client.call('findBooking', { code }), [client]);
  const [lookup, state] = useAction(find, onFound);
  const complete = digits.length === codeDigits;
  const shown = withDash(digits + '_'.repeat(codeDigits - digits.length))
    .split('')
    .join(' ');
  return (
    <main className="screen screen--pad" data-testid="appointments-lookup-screen">
      <div className="pad-screen__side">
        <h1>{t('appointments.lookup.title')}</h1>
        <p className="screen__lead">{t('appointments.lookup.lead')}</p>
        <output className="pad-display" data-testid="appointments-code-display" aria-live="polite">
          {shown}
        </output>
        {state.error ? (
          <p className="notice notice--error" role="alert" data-testid="appointments-lookup-error">
            {state.error === 'not-found'
              ? t('appointments.lookup.notFound', { hotline })
              : t('appointments.lookup.failed', { hotline })}
          </p>
        ) : null}
      </div>
      <DigitPad value={digits} maxLength={codeDigits} onChange={setDigits} />
      <div className="action-row pad-screen__action">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="appointments-find"
          disabled={!complete || state.pending}
          onClick={() => lookup(withDash(digits))}
        >
          {state.pending ? t('appointments.lookup.looking') : t('appointments.lookup.find')}
        </button>
        {complete ? null : (
          <p className="pad-screen__why">
            {t('pad.digitsLeft', { count: codeDigits - digits.length })}
          </p>
        )}
      </div>
    </main>
  );
}
