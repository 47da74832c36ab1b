// Staff-only: "为居民代办" — which journey to enter for the resident at the counter. The kiosk
// checks the session and audits the start; the visit on screen is forgotten and the chosen
// journey opens with the staff banner on.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { AssistedJourney } from '../../../contract/index.js';
import { KioskApiError, type KioskClient } from '../api/kioskClient.js';
import { NavBar } from '../components/NavBar.js';
import type { AssistedVisit } from './AssistedContext.js';
import { assistedMenuJourneys } from './menuJourneys.js';

interface AssistedMenuProps {
  client: KioskClient;
  token: string;
  onStart: (visit: AssistedVisit) => void;
  onClose: () => void;
  onUnauthorized: () => void;
}

export function AssistedMenu({
  client,
  token,
  onStart,
  onClose,
  onUnauthorized,
}: AssistedMenuProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState(false);
  const start = (journey: AssistedJourney) => {
    if (pending) return;
    setPending(true);
    client.call('staffStartAssisted', { token, journey }).then(
      (started) => onStart({ token, staffName: started.staff.name, journey: started.journey }),
      (error: unknown) => {
        setPending(false);
        if (error instanceof KioskApiError && error.code === 'unauthorized') onUnauthorized();
        else setFailed(true);
      },
    );
  };
  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="staff-assisted-title"
      data-testid="staff-assisted-menu"
    >
      <NavBar onBack={onClose} onHome={onClose} />
      <div className="staff-queue">
        <h1 id="staff-assisted-title">{t('assisted.menu.title')}</h1>
        <p>{t('assisted.menu.lead')}</p>
        {failed ? <p role="alert">{t('staff.entry.unavailable')}</p> : null}
        <div className="assisted-menu__journeys">
          {assistedMenuJourneys.map((assistedJourney) => (
            <button
              key={assistedJourney}
              type="button"
              className="primary-button"
              data-testid={`assisted-start-${assistedJourney}`}
              disabled={pending}
              onClick={() => start(assistedJourney)}
            >
              {t(`assisted.menu.${assistedJourney}`)}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
