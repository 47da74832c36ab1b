// Staff-only: binding the signed-in staff member's own card, for kiosks set to card-and-pin.
// The card is read like a resident's; the kiosk keeps only its keyed hash on the account.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { KioskApiError, type KioskClient } from '../api/kioskClient.js';
import { NavBar } from '../components/NavBar.js';

interface StaffCardScreenProps {
  client: KioskClient;
  token: string;
  onClose: () => void;
  onUnauthorized: () => void;
}

type Phase = 'waiting' | 'bound' | 'no-card' | 'taken' | 'failed';

export function StaffCardScreen({ client, token, onClose, onUnauthorized }: StaffCardScreenProps) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>('waiting');
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    client
      .call('readCard', { waitMs: 30_000 })
      .then(async (result) => {
        if (!live) return;
        if (result.outcome !== 'card') {
          setPhase('no-card');
          return;
        }
        await client.call('staffBindCard', { token, cardToken: result.card.token });
        if (live) setPhase('bound');
      })
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof KioskApiError && error.code === 'unauthorized') onUnauthorized();
        else if (error instanceof KioskApiError && error.code === 'not-allowed') setPhase('taken');
        else setPhase('failed');
      });
    return () => {
      live = false;
    };
  }, [client, token, round, onUnauthorized]);

  const text = {
    waiting: t('staff.card.waiting'),
    bound: t('staff.card.bound'),
    'no-card': t('staff.entry.cardNeeded'),
    taken: t('staff.card.taken'),
    failed: t('staff.entry.unavailable'),
  }[phase];
  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="staff-card-title"
      data-testid="staff-card"
    >
      <NavBar onBack={onClose} onHome={onClose} />
      <div className="staff-pad">
        <h1 id="staff-card-title">{t('staff.card.title')}</h1>
        <p role="status" data-testid={`staff-card-${phase}`}>
          {text}
        </p>
        {phase === 'no-card' || phase === 'failed' ? (
          <button
            type="button"
            className="primary-button"
            data-testid="staff-card-again"
            onClick={() => {
              setPhase('waiting');
              setRound((value) => value + 1);
            }}
          >
            {t('staff.entry.readCardAgain')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
