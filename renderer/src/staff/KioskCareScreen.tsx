// Staff-only: looking after the kiosk itself — its devices, its settings and what residents asked
// it for. StaffMode loads this screen with a dynamic import, and the demand view (which carries
// the chart library) is a further chunk loaded when staff open it: a resident's page fetches
// neither.
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { KioskClient } from '../api/kioskClient.js';
import { NavBar } from '../components/NavBar.js';
import { DevicesScreen } from './DevicesScreen.js';
import { SettingsScreen } from './SettingsScreen.js';
import { addCareStrings } from './careStrings.js';
import './staffTools.css';

const DemandScreen = lazy(() => import('./DemandScreen.js'));

interface KioskCareScreenProps {
  client: KioskClient;
  token: string;
  onClose: () => void;
  onUnauthorized: () => void;
}

type Part = 'menu' | 'devices' | 'settings' | 'demand';

export default function KioskCareScreen({
  client,
  token,
  onClose,
  onUnauthorized,
}: KioskCareScreenProps) {
  const { t, i18n } = useTranslation();
  // Before the first t() below: these screens' words come with this chunk.
  addCareStrings(i18n);
  const [part, setPart] = useState<Part>('menu');
  const back = () => setPart('menu');
  const shared = { client, token, onUnauthorized };

  if (part === 'devices') return <DevicesScreen {...shared} onClose={back} />;
  if (part === 'settings') return <SettingsScreen {...shared} onClose={back} />;
  if (part === 'demand') {
    return (
      <Suspense
        fallback={
          <div className="staff-overlay" role="status">
            <p>{t('staffCare.menu.loading')}</p>
          </div>
        }
      >
        <DemandScreen {...shared} onClose={back} />
      </Suspense>
    );
  }
  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="care-title"
      data-testid="staff-care"
    >
      <NavBar onBack={onClose} onHome={onClose} />
      <div className="staff-queue care-screen">
        <h1 id="care-title">{t('staffCare.menu.title')}</h1>
        <div className="care-menu">
          <button
            type="button"
            className="care-button"
            data-testid="care-devices"
            onClick={() => setPart('devices')}
          >
            {t('staffCare.menu.devices')}
          </button>
          <button
            type="button"
            className="care-button"
            data-testid="care-settings"
            onClick={() => setPart('settings')}
          >
            {t('staffCare.menu.settings')}
          </button>
          <button
            type="button"
            className="care-button"
            data-testid="care-demand"
            onClick={() => setPart('demand')}
          >
            {t('staffCare.menu.demand')}
          </button>
        </div>
      </div>
    </div>
  );
}
