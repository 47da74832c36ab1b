import { useTranslation } from '../i18n/translation.js';
import type { JourneyId } from './journeys.js';

interface ComingSoonScreenProps {
  journey: JourneyId;
  hotline: string;
}

/** What a tap on a journey that is not built yet shows: where to go instead. */
export function ComingSoonScreen({ journey, hotline }: ComingSoonScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="message-screen" data-testid="coming-soon">
      <h1>{t(`journeys.${journey}.title`)}</h1>
      <p className="message-screen__badge">{t('common.comingSoon')}</p>
      <p className="message-screen__body">{t('comingSoon.body', { hotline })}</p>
    </main>
  );
}
