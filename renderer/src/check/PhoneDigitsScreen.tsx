// Anyone can type a ticket's eight digits, so they open only its stage. The last four digits of
// the phone the request was made with open the rest: the handler's note, a slip, the rating.
// Four large keys' worth on a large pad; wrong tries are counted by the kiosk, and after a few
// it asks the resident, in plain words, to wait a minute or call the hotline.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { RequestStatus } from '../../../contract/index.js';
import { DigitPad } from '../components/DigitPad.js';
import { LookupError } from './LookupError.js';
import type { RequestKey } from './requestKey.js';
import { useTicketLookup } from './useTicketLookup.js';

export const phoneDigitCount = 4;

interface PhoneDigitsScreenProps {
  requestKey: RequestKey;
  hotline: string;
  onOpened: (status: RequestStatus, key: RequestKey) => void;
  onCard: () => void;
}

export function PhoneDigitsScreen({
  requestKey,
  hotline,
  onOpened,
  onCard,
}: PhoneDigitsScreenProps) {
  const { t } = useTranslation();
  const [digits, setDigits] = useState('');
  const [lookup, state] = useTicketLookup(onOpened);
  const complete = digits.length === phoneDigitCount;
  const shown = (digits + '_'.repeat(phoneDigitCount - digits.length)).split('').join(' ');
  return (
    <main className="screen screen--pad" data-testid="check-unlock">
      <div className="pad-screen__side">
        <h1>{t('check.unlock.title')}</h1>
        <p className="screen__lead">{t('check.unlock.lead')}</p>
        <output className="pad-display" data-testid="phone-digits-display" aria-live="polite">
          {shown}
        </output>
        <LookupError state={state} hotline={hotline} />
      </div>
      <DigitPad value={digits} maxLength={phoneDigitCount} onChange={setDigits} />
      <div className="action-row pad-screen__action">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="phone-digits-open"
          disabled={!complete || state.pending}
          onClick={() => {
            lookup(requestKey.ticket, { kind: 'phone-last-four', digits });
            setDigits('');
          }}
        >
          {state.pending ? t('check.looking') : t('check.unlock.find')}
        </button>
        <button
          type="button"
          className="secondary-button"
          data-testid="unlock-by-card"
          onClick={onCard}
        >
          {t('check.unlock.byCard')}
        </button>
        {complete ? null : (
          <p className="pad-screen__why" data-testid="phone-digits-why">
            {t('pad.digitsLeft', { count: phoneDigitCount - digits.length })}
          </p>
        )}
      </div>
    </main>
  );
}
