// "Look up or cancel my booking": the nine digits of the booking code on the number pad (the
// dash is put in for the resident), then the booking as the kiosk knows it, or as the centre
// holds it when it was made at another kiosk.
import { useCallback, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { BookingView } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { useAction } from '../api/useAction.js';
import { DigitPad } from '../components/DigitPad.js';

const codeDigits = 9;
const withDash = (digits: string) =>
  digits.length > 4 ? `${digits.slice(0, 4)}-${digits.slice(4)}` : digits;

/** A booking made elsewhere the centre cannot be asked about is not "not found". */
function lookupErrorKey(error: string, reason: string | null): string {
  if (error === 'not-found') return 'appointments.lookup.notFound';
  if (reason === 'booking-elsewhere-unreachable') return 'appointments.lookup.elsewhere';
  if (reason === 'too-many-lookups') return 'appointments.lookup.tooMany';
  return 'appointments.lookup.failed';
}

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
            {t(lookupErrorKey(state.error, state.reason), { hotline })}
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
