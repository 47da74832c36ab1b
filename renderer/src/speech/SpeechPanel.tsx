// Shown while the kiosk reads aloud, beside the stop key, over the bar's language and text size
// keys (never over the screen): quieter and louder in large keys, the level in words and bars.
import { useTranslation } from '../i18n/translation.js';
import { volumeLevels } from './readAloud.js';

interface SpeechPanelProps {
  volumeLevel: number;
  onVolume: (step: 1 | -1) => void;
}

export function SpeechPanel({ volumeLevel, onVolume }: SpeechPanelProps) {
  const { t } = useTranslation();
  return (
    <div
      className="speech-panel"
      role="group"
      aria-label={t('speech.panel')}
      data-testid="speech-panel"
    >
      <button
        type="button"
        className="speech-panel__key"
        data-testid="volume-down"
        disabled={volumeLevel <= 1}
        onClick={() => onVolume(-1)}
      >
        <span aria-hidden="true" className="speech-panel__sign">
          −
        </span>
        {t('speech.quieter')}
      </button>
      <div className="speech-panel__level" data-testid="volume-level" data-level={volumeLevel}>
        <span className="speech-panel__bars" aria-hidden="true">
          {Array.from({ length: volumeLevels }, (_, index) => (
            <span
              key={index}
              className={`speech-panel__bar${index < volumeLevel ? ' speech-panel__bar--on' : ''}`}
            />
          ))}
        </span>
        {t('speech.volume', { level: volumeLevel, max: volumeLevels })}
      </div>
      <button
        type="button"
        className="speech-panel__key"
        data-testid="volume-up"
        disabled={volumeLevel >= volumeLevels}
        onClick={() => onVolume(1)}
      >
        <span aria-hidden="true" className="speech-panel__sign">
          +
        </span>
        {t('speech.louder')}
      </button>
    </div>
  );
}
