import { useTranslation } from '../i18n/translation.js';
import { languages, textSizes } from '../../../contract/constants.js';
import type { VisitSettings, VisitSettingsChange } from '../../../contract/index.js';
import { languageNames } from '../i18n/i18n.js';

interface SettingsBarProps {
  settings: VisitSettings;
  onChange: (change: VisitSettingsChange) => void;
}

export function SettingsBar({ settings, onChange }: SettingsBarProps) {
  const { t } = useTranslation();
  return (
    <div className="settings-bar">
      <div className="choice-group" role="group" aria-label={t('settings.language')}>
        {languages.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            className="choice"
            aria-pressed={settings.language === language}
            data-testid={`language-${language}`}
            onClick={() => onChange({ language })}
          >
            {languageNames[language]}
          </button>
        ))}
      </div>
      <div className="choice-group" role="group" aria-label={t('settings.textSize')}>
        <span className="choice-label" aria-hidden="true">
          {t('settings.textSize')}
        </span>
        {textSizes.map((textSize) => (
          <button
            key={textSize}
            type="button"
            className={`choice text-size-choice text-size-choice--${textSize}`}
            aria-pressed={settings.textSize === textSize}
            data-testid={`text-size-${textSize}`}
            onClick={() => onChange({ textSize })}
          >
            {t(`settings.textSizes.${textSize}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
