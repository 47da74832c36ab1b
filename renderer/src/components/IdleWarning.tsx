// "Are you still there?" with the seconds left, over whatever screen is showing.
import { useTranslation } from '../i18n/translation.js';
import { useSpeakOnAppear } from '../speech/useSpeakOnAppear.js';

interface IdleWarningProps {
  secondsLeft: number;
  onMoreTime: () => void;
}

export function IdleWarning({ secondsLeft, onMoreTime }: IdleWarningProps) {
  const { t } = useTranslation();
  // Said once as it appears, for a resident who is not looking at the screen.
  useSpeakOnAppear(t('speech.idle', { seconds: secondsLeft, button: t('idle.moreTime') }), 'idle');
  return (
    <div className="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-title">
      <div className="idle-warning__box" data-testid="idle-warning">
        <h2 id="idle-title">{t('idle.title')}</h2>
        <p className="idle-warning__count" data-testid="idle-seconds">
          {t('idle.countdown', { seconds: secondsLeft })}
        </p>
        <p>{t('idle.explain')}</p>
        <button
          type="button"
          className="primary-button"
          data-testid="idle-more-time"
          onClick={onMoreTime}
        >
          {t('idle.moreTime')}
        </button>
      </div>
    </div>
  );
}
