// The kiosk's frame: the top bar with language and text size, the current visit, and the idle
// countdown that forgets a resident who walked away.
import { memo, useCallback, useState } from 'react';
import type { i18n } from 'i18next';
import { useTranslation } from './i18n/translation.js';
import type { KioskInfo, VisitSettings, VisitSettingsChange } from '../../contract/index.js';
import { useKioskClient } from './api/KioskClientContext.js';
import { AssistedContext } from './assisted/AssistedContext.js';
import { useAssistedVisit } from './assisted/useAssistedVisit.js';
import { IdleWarning } from './components/IdleWarning.js';
import { TopBar } from './components/TopBar.js';
import { StaffMode } from './staff/StaffMode.js';
import { Visit } from './visit/Visit.js';
import { useDemoParts } from './visit/DemoPartsContext.js';
import { defaultIdleTimings } from './visit/idleTimings.js';
import { useForgetVisit } from './visit/useForgetVisit.js';
import { useIdleTimer } from './visit/useIdleTimer.js';
import { useVisitSettings } from './visit/useVisitSettings.js';

// The frame draws again when the visit starts or ends (the idle timer's presence), when the
// settings change and on the countdown's ticks. None of that is news to the bar, the staff corner
// or the visit, whose props stay the same: drawing them again was a second render of the whole
// screen before the first tap's paint (issue 16).
const ShellTopBar = memo(TopBar);
const ShellStaffMode = memo(StaffMode);
const ShellVisit = memo(Visit);

interface AppProps {
  info: KioskInfo;
  initialSettings: VisitSettings;
  i18nInstance: i18n;
}

export function App({ info, initialSettings, i18nInstance }: AppProps) {
  const client = useKioskClient();
  const { t } = useTranslation();
  const { settings, change, adopt } = useVisitSettings(client, i18nInstance, initialSettings);
  const [error, setError] = useState<string | null>(null);
  const demo = useDemoParts();
  // Test hooks exist on a demo kiosk only.
  const [timings] = useState(() =>
    demo
      ? demo.readIdleTimings(window.location.search, document.documentElement.dataset)
      : defaultIdleTimings,
  );
  const [present, setPresent] = useState(false);
  const [settingsChanged, setSettingsChanged] = useState(false);

  const showUnavailable = useCallback(() => setError(t('app.unavailable')), [t]);
  const adoptDefaults = useCallback(
    (defaults: VisitSettings) => {
      adopt(defaults);
      setError(null);
    },
    [adopt],
  );
  const { visitNumber, forget } = useForgetVisit(client, adoptDefaults, showUnavailable);
  const forgetAll = useCallback(() => {
    setPresent(false);
    setSettingsChanged(false);
    forget();
  }, [forget]);
  // Staff entering a journey for a resident (代办); forgetting the visit ends it.
  const assisted = useAssistedVisit(forgetAll);
  const forgetVisit = assisted.forget;
  // The resident inactivity reset also locks staff mode.
  const [inactivityResets, setInactivityResets] = useState(0);
  const forgetAfterInactivity = useCallback(() => {
    setInactivityResets((count) => count + 1);
    forgetVisit();
  }, [forgetVisit]);
  const idle = useIdleTimer(present || settingsChanged, timings, forgetAfterInactivity);

  const onSettingsChange = useCallback(
    (next: VisitSettingsChange) => {
      setSettingsChanged(true);
      change(next).then(() => setError(null), showUnavailable);
    },
    [change, showUnavailable],
  );

  return (
    <div className="app">
      <ShellStaffMode
        inactivityResets={inactivityResets}
        onAssistedStart={assisted.start}
        onSessionEnded={assisted.sessionEnded}
      />
      <ShellTopBar info={info} settings={settings} onSettingsChange={onSettingsChange} />
      {error ? (
        <p className="app__error" role="alert">
          {error}
        </p>
      ) : null}
      <AssistedContext.Provider value={assisted.assisted}>
        <ShellVisit
          key={visitNumber}
          info={info}
          onForget={forgetVisit}
          onPresenceChange={setPresent}
        />
      </AssistedContext.Provider>
      {idle.secondsLeft !== null ? (
        <IdleWarning secondsLeft={idle.secondsLeft} onMoreTime={idle.extend} />
      ) : null}
    </div>
  );
}
