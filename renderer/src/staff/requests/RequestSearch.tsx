// Finding a request for staff: part of the ticket, the phone's last four digits (all the kiosk
// keeps in clear), the day it was made, and its stage. Empty fields are left out of the search.
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation.js';
import type { StaffRequestMatch } from '../../../../contract/staffQueue.js';
import { stageWords } from './printWords.js';

type Stage = NonNullable<StaffRequestMatch['stage']>;
/** Every stage staff can search by; the Record makes the compiler check it is all. */
const stageOrder: Record<Stage, number> = { accepted: 0, 'in-progress': 1, done: 2, cancelled: 3 };
const staffRequestStages = (Object.keys(stageOrder) as Stage[]).sort(
  (a, b) => stageOrder[a] - stageOrder[b],
);

export interface RequestCriteria {
  ticket?: string;
  phoneDigits?: string;
  date?: string;
  stage?: Stage;
}

export function RequestSearch({ onFind }: { onFind: (criteria: RequestCriteria) => void }) {
  const { t } = useTranslation();
  const [ticket, setTicket] = useState('');
  const [phoneDigits, setPhoneDigits] = useState('');
  const [date, setDate] = useState('');
  const [stage, setStage] = useState<RequestCriteria['stage'] | null>(null);
  const find = () =>
    onFind({
      ...(ticket.trim() ? { ticket: ticket.trim() } : {}),
      ...(phoneDigits.trim() ? { phoneDigits: phoneDigits.trim() } : {}),
      ...(date ? { date } : {}),
      ...(stage ? { stage } : {}),
    });
  return (
    <section className="staff-correct" data-testid="staff-request-search">
      <h2>{t('staff.requests.findTitle')}</h2>
      <div className="staff-search">
        <label className="staff-field">
          <span>{t('staff.requests.ticketLabel')}</span>
          <input
            type="text"
            value={ticket}
            data-testid="staff-search-ticket"
            onChange={(event) => setTicket(event.target.value)}
          />
        </label>
        <label className="staff-field">
          <span>{t('staff.requests.phoneLabel')}</span>
          <input
            type="text"
            inputMode="numeric"
            maxLength={4}
            value={phoneDigits}
            data-testid="staff-search-phone"
            onChange={(event) => setPhoneDigits(event.target.value.replace(/\D/g, ''))}
          />
        </label>
        <label className="staff-field">
          <span>{t('staff.requests.dateLabel')}</span>
          <input
            type="date"
            value={date}
            data-testid="staff-search-date"
            onChange={(event) => setDate(event.target.value)}
          />
        </label>
      </div>
      <fieldset className="staff-choices">
        <button
          type="button"
          className={stage === null ? 'primary-button' : 'secondary-button'}
          aria-pressed={stage === null}
          onClick={() => setStage(null)}
        >
          {t('staff.requests.stageAll')}
        </button>
        {staffRequestStages.map((option) => (
          <button
            key={option}
            type="button"
            className={stage === option ? 'primary-button' : 'secondary-button'}
            aria-pressed={stage === option}
            data-testid={`staff-search-stage-${option}`}
            onClick={() => setStage(option)}
          >
            {stageWords(t, option)}
          </button>
        ))}
      </fieldset>
      <button
        type="button"
        className="primary-button"
        data-testid="staff-search-find"
        onClick={find}
      >
        {t('staff.requests.find')}
      </button>
    </section>
  );
}
