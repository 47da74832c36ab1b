import { useState } from 'react';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { KioskInfo, VisitSettings } from '../../contract/index.js';
import { useKioskClient } from './api/KioskClientContext.js';
import { NavBar } from './components/NavBar.js';
import { TopBar } from './components/TopBar.js';
import { ComingSoonScreen } from './screens/ComingSoonScreen.js';
import { EmergencyNumbersScreen } from './screens/EmergencyNumbersScreen.js';
import { HomeScreen } from './screens/HomeScreen.js';
import type { JourneyId } from './screens/journeys.js';
import { useVisitSettings } from './visit/useVisitSettings.js';

type Screen =
  { name: 'home' } | { name: 'emergency' } | { name: 'coming-soon'; journey: JourneyId };

interface AppProps {
  info: KioskInfo;
  initialSettings: VisitSettings;
  i18nInstance: i18n;
}

export function App({ info, initialSettings, i18nInstance }: AppProps) {
  const client = useKioskClient();
  const { t } = useTranslation();
  const [settings, changeSettings] = useVisitSettings(client, i18nInstance, initialSettings);
  const [history, setHistory] = useState<Screen[]>([{ name: 'home' }]);
  const screen = history[history.length - 1] ?? { name: 'home' };
  const [error, setError] = useState<string | null>(null);

  const open = (next: Screen) => setHistory((stack) => [...stack, next]);
  const back = () => setHistory((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack));
  const home = () => setHistory([{ name: 'home' }]);
  const onSettingsChange = (change: Parameters<typeof changeSettings>[0]) => {
    changeSettings(change).then(
      () => setError(null),
      () => setError(t('app.unavailable')),
    );
  };

  return (
    <div className="app">
      <TopBar info={info} settings={settings} onSettingsChange={onSettingsChange} />
      {error ? (
        <p className="app__error" role="alert">
          {error}
        </p>
      ) : null}
      {screen.name === 'home' ? (
        <HomeScreen
          onEmergency={() => open({ name: 'emergency' })}
          onJourney={(journey) => open({ name: 'coming-soon', journey })}
        />
      ) : (
        <>
          <NavBar onBack={back} onHome={home} />
          {screen.name === 'emergency' ? (
            <EmergencyNumbersScreen hotline={info.centreHotline} />
          ) : (
            <ComingSoonScreen journey={screen.journey} hotline={info.centreHotline} />
          )}
        </>
      )}
    </div>
  );
}
