// Thanks for the rating; Done forgets the visit.
import { useTranslation } from '../i18n/translation.js';
import { StarRow } from '../components/Stars.js';

interface RatedScreenProps {
  stars: number;
  onDone: () => void;
}

export function RatedScreen({ stars, onDone }: RatedScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="screen screen--centred" data-testid="rated">
      <h1>{t('rate.thanks')}</h1>
      <StarRow stars={stars} label={t('rate.starsLabel', { stars })} />
      <p className="screen__lead">{t('rate.thanksBody')}</p>
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="done"
          onClick={onDone}
        >
          {t('common.done')}
        </button>
      </div>
    </main>
  );
}
