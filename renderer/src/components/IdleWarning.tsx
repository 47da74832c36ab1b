// "Are you still there?" with the seconds left, over whatever screen is showing.
import { useTranslation } from 'react-i18next';

interface IdleWarningProps {
  secondsLeft: number;
  onMoreTime: () => void;
}

export function IdleWarning({ secondsLeft, onMoreTime }: IdleWarningProps) {
  const { t } = useTranslation();
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
