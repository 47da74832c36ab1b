// The screen made for the resident before an assisted request is sent: large plain words, what
// will be sent read back, and two answers — "this is my request, send it" or "that's wrong, go
// back". The resident may answer with their ID card instead. The buttons wake a moment after the
// read-back appears, so a staff member's double tap on the staff-facing "Send" cannot land on
// them; how long the read-back was shown goes into the audit with the answer. Like every resident
// screen it fits the panel at every text size: the read-back is paged, and the "wait a moment"
// line sits below the buttons, where the card's way takes its place once they wake.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { ResidentConfirmation } from '../../../contract/index.js';
import { useCardReading } from '../card/useCardReading.js';
import { Pager } from '../layout/Pager.js';

/** A line of the read-back: a key for tests, the label and the value as sent. */
export type ReadBackRow = [key: string, label: string, value: string];

/** How long the read-back is on screen before the buttons answer. */
export const readBackGuardMs = 1_500;

interface ResidentConfirmScreenProps {
  staffName: string;
  rows: readonly ReadBackRow[];
  pending: boolean;
  /** Why the last try failed, in plain words; null when it did not. */
  problem: string | null;
  onConfirm: (confirmation: ResidentConfirmation) => void;
  onChange: () => void;
  now?: () => number;
}

function CardAnswer({ onCard }: { onCard: (cardToken: string) => void }) {
  const { t } = useTranslation();
  const { reading, retry } = useCardReading((card) => onCard(card.token));
  const words: Partial<Record<typeof reading.phase, string>> = {
    waiting: t('assisted.confirm.card.waiting'),
    reading: t('assisted.confirm.card.reading'),
    remove: t('assisted.confirm.card.remove'),
    read: t('assisted.confirm.card.read'),
    error: t('assisted.confirm.card.error'),
  };
  const text = words[reading.phase];
  if (!text) return null;
  return (
    <div className="resident-confirm__card" data-testid="resident-confirm-card">
      <p data-phase={reading.phase}>{text}</p>
      {reading.phase === 'error' ? (
        <button type="button" className="secondary-button" onClick={retry}>
          {t('assisted.confirm.card.again')}
        </button>
      ) : null}
    </div>
  );
}

export function ResidentConfirmScreen({
  staffName,
  rows,
  pending,
  problem,
  onConfirm,
  onChange,
  now = Date.now,
}: ResidentConfirmScreenProps) {
  const { t } = useTranslation();
  const shownAt = useRef(now());
  const [awake, setAwake] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setAwake(true), readBackGuardMs);
    return () => window.clearTimeout(timer);
  }, []);
  const confirmByTap = () => {
    const readBackMs = Math.min(600_000, Math.max(0, Math.round(now() - shownAt.current)));
    onConfirm({ by: 'resident-tap', readBackMs });
  };
  return (
    <main className="screen resident-confirm" data-testid="resident-confirm">
      <div className="resident-confirm__read">
        <h1>{t('assisted.confirm.title')}</h1>
        <p className="resident-confirm__lead">{t('assisted.confirm.lead', { name: staffName })}</p>
        <Pager
          as="dl"
          listClassName="resident-confirm__facts"
          testId="resident-confirm-facts"
          items={rows.map(([key, label, value]) => (
            <div
              key={key}
              className="resident-confirm__row"
              data-testid={`resident-confirm-${key}`}
            >
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        />
      </div>
      <div className="resident-confirm__respond">
        {problem ? (
          <p className="notice notice--error" role="alert" data-testid="resident-confirm-error">
            {problem}
          </p>
        ) : null}
        <div className="resident-confirm__answers">
          <button
            type="button"
            className="primary-button primary-button--large resident-confirm__yes"
            data-testid="resident-confirm-yes"
            disabled={!awake || pending}
            onClick={confirmByTap}
          >
            {pending ? t('ask.confirm.sending') : t('assisted.confirm.yes')}
          </button>
          <button
            type="button"
            className="secondary-button resident-confirm__no"
            data-testid="resident-confirm-no"
            disabled={!awake || pending}
            onClick={onChange}
          >
            {t('assisted.confirm.no')}
          </button>
        </div>
        {/* Below the buttons, so they never move: "wait a moment", then the card's way. */}
        {pending ? null : awake ? (
          <CardAnswer onCard={(cardToken) => onConfirm({ by: 'resident-card', cardToken })} />
        ) : (
          <p className="resident-confirm__wait" data-testid="resident-confirm-wait">
            {t('assisted.confirm.wait')}
          </p>
        )}
      </div>
    </main>
  );
}
