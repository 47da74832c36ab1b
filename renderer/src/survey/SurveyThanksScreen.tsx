// The end of the survey: thanks, that the answers went in anonymously (to the centre now, or as
// soon as it can be reached), and one large button home, which forgets the visit.
import { useTranslation } from '../i18n/translation.js';

export function SurveyThanksScreen({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="message-screen" data-testid="survey-thanks">
      <h1>{t('survey.thanks.title')}</h1>
      <p className="message-screen__body">{t('survey.thanks.body')}</p>
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="survey-finish"
          onClick={onDone}
        >
          {t('common.done')}
        </button>
      </div>
    </main>
  );
}
