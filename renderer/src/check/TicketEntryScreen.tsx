// The ticket's eight digits (nine on a busy day) on the digit pad (the letters and dashes are not
// needed). They open the request's stage; the phone's last four digits then open the rest
// (PhoneDigitsScreen).
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { RequestStatus } from '../../../contract/index.js';
import { DigitPad } from '../components/DigitPad.js';
import {
  groupTicketDigits,
  isCompleteTicket,
  longestTicketDigitCount,
  ticketDigitCount,
} from '../format/ticket.js';
import { useWedgeScanner } from '../scanner/useWedgeScanner.js';
import { LookupError } from './LookupError.js';
import type { RequestKey } from './requestKey.js';
import { useTicketLookup } from './useTicketLookup.js';

interface TicketEntryScreenProps {
  hotline: string;
  onFound: (status: RequestStatus, key: RequestKey) => void;
}

export function TicketEntryScreen({ hotline, onFound }: TicketEntryScreenProps) {
  const { t } = useTranslation();
  const [digits, setDigits] = useState('');
  const [lookup, state] = useTicketLookup(onFound);
  const { pending } = state;
  useWedgeScanner(true, lookup);
  const complete = isCompleteTicket(digits);
  const placeholder = '_'.repeat(Math.max(0, ticketDigitCount - digits.length));
  return (
    <main className="screen screen--pad" data-testid="check-ticket">
      <div className="pad-screen__side">
        <h1>{t('check.digits.title')}</h1>
        <p className="screen__lead">{t('check.digits.lead')}</p>
        <output className="pad-display" data-testid="ticket-display" aria-live="polite">
          {groupTicketDigits(digits + placeholder)}
        </output>
        <LookupError state={state} hotline={hotline} />
      </div>
      <DigitPad value={digits} maxLength={longestTicketDigitCount} onChange={setDigits} />
      <div className="action-row pad-screen__action">
        <button
          type="button"
          className="primary-button"
          data-testid="ticket-find"
          disabled={!complete || pending}
          onClick={() => lookup(digits)}
        >
          {pending ? t('check.looking') : t('check.digits.find')}
        </button>
        {complete ? null : (
          <p className="pad-screen__why" data-testid="ticket-find-why">
            {t('pad.digitsLeft', { count: ticketDigitCount - digits.length })}
          </p>
        )}
      </div>
    </main>
  );
}
