import { useTranslation } from '../i18n/translation.js';
import type { KioskInfo, VisitSettings, VisitSettingsChange } from '../../../contract/index.js';
import { SpeechControls } from '../speech/SpeechControls.js';
import { SettingsBar } from './SettingsBar.js';

interface TopBarProps {
  info: KioskInfo;
  settings: VisitSettings;
  onSettingsChange: (change: VisitSettingsChange) => void;
}

export function TopBar({ info, settings, onSettingsChange }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      {/* First in the bar: its volume panel opens over the name beside it, never over the screen. */}
      <SpeechControls />
      <div className="top-bar__identity">
        <div className="top-bar__community" data-testid="community-name">
          {info.communityNames?.[settings.language] ?? info.communityName}
        </div>
        <div className="top-bar__hotline">
          {t('home.hotline')} <strong data-testid="hotline">{info.centreHotline}</strong>
        </div>
      </div>
      <SettingsBar settings={settings} onChange={onSettingsChange} />
    </header>
  );
}
