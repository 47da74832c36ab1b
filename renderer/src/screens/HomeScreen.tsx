import { useTranslation } from '../i18n/translation.js';
import { JourneyIcon } from '../components/JourneyIcon.js';
import { StaffCorner } from '../staff/StaffCorner.js';
import { type JourneyId, journeyIds } from './journeys.js';

interface HomeScreenProps {
  onEmergency: () => void;
  onJourney: (journey: JourneyId) => void;
}

export function HomeScreen({ onEmergency, onJourney }: HomeScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="home">
      <h1 className="home__welcome">{t('home.welcome')}</h1>
      <button
        type="button"
        className="emergency-button"
        data-testid="journey-emergency"
        onClick={onEmergency}
      >
        <span className="emergency-button__title">{t('journeys.emergency.title')}</span>
        <span className="emergency-button__hint">{t('journeys.emergency.hint')}</span>
      </button>
      <div className="tiles">
        {journeyIds.map((journey) => (
          <button
            key={journey}
            type="button"
            className="tile"
            data-testid={`journey-${journey}`}
            onClick={() => onJourney(journey)}
          >
            <JourneyIcon journey={journey} />
            <span className="tile__title">{t(`journeys.${journey}.title`)}</span>
            <span className="tile__hint">{t(`journeys.${journey}.hint`)}</span>
          </button>
        ))}
      </div>
      <StaffCorner />
    </main>
  );
}
