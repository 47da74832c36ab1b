// Opened by the first read-aloud: quieter and louder in large keys, the level in words and bars,
// "read again", and a way to close it. Its keys never speak on their own tap.
import { useTranslation } from 'react-i18next';
import { volumeLevels } from './readAloud.js';

interface SpeechPanelProps {
  volumeLevel: number;
  onVolume: (step: 1 | -1) => void;
  onRepeat: () => void;
  onClose: () => void;
}

export function SpeechPanel({ volumeLevel, onVolume, onRepeat, onClose }: SpeechPanelProps) {
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
      <button
        type="button"
        className="speech-panel__key"
        data-testid="read-again"
        onClick={onRepeat}
      >
        {t('speech.again')}
      </button>
      <button
        type="button"
        className="speech-panel__key"
        data-testid="speech-panel-close"
        onClick={onClose}
      >
        {t('speech.close')}
      </button>
    </div>
  );
}
