// The visit's language and text size: kept in the kiosk's services (so every screen and a later
// reprint agree) and mirrored onto <html> where the CSS and screen readers pick them up.
import { useCallback, useState } from 'react';
import type { i18n } from 'i18next';
import type { VisitSettings, VisitSettingsChange } from '../../../contract/index.js';
import type { KioskClient } from '../api/kioskClient.js';

export function applyVisitSettings(settings: VisitSettings, i18nInstance: i18n): void {
  document.documentElement.dataset.textSize = settings.textSize;
  document.documentElement.lang = settings.language;
  if (i18nInstance.language !== settings.language)
    void i18nInstance.changeLanguage(settings.language);
}

export interface VisitSettingsControl {
  settings: VisitSettings;
  change: (change: VisitSettingsChange) => Promise<void>;
  /** Takes settings the services already hold, e.g. the defaults after endVisit. */
  adopt: (settings: VisitSettings) => void;
}

export function useVisitSettings(
  client: KioskClient,
  i18nInstance: i18n,
  initial: VisitSettings,
): VisitSettingsControl {
  const [settings, setSettings] = useState(initial);
  const adopt = useCallback(
    (saved: VisitSettings) => {
      applyVisitSettings(saved, i18nInstance);
      setSettings(saved);
    },
    [i18nInstance],
  );
  const change = useCallback(
    async (next: VisitSettingsChange) => adopt(await client.call('updateSettings', next)),
    [client, adopt],
  );
  return { settings, change, adopt };
}
