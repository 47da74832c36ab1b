// The 服务预约 tile: the services that take appointments, one large button each, and "look up or
// cancel my booking". Where the platform takes no appointments (a plain Open311 centre, or no
// centre) it says so plainly with the hotline, what the kiosk can still do, never an error; with
// the centre away it books from the slots as last read and says the booking will wait for the
// centre's confirmation.
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { AppointmentService } from '../../../contract/index.js';
import { Loading } from '../components/Loading.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { Pager } from '../layout/Pager.js';
import { useJourneyOffer } from '../visit/useJourneyOffer.js';

interface AppointmentsHomeScreenProps {
  hotline: string;
  onService: (service: AppointmentService) => void;
  onLookup: () => void;
}

export function AppointmentsHomeScreen({
  hotline,
  onService,
  onLookup,
}: AppointmentsHomeScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const state = useJourneyOffer('getAppointmentOffer');
  const offer = state.status === 'ready' ? state.offer : null;
  const services = offer?.kind === 'open' ? offer.services : [];
  return (
    <main className="screen" data-testid="appointments-home">
      <h1>{t('appointments.home.title')}</h1>
      {state.status === 'loading' ? <Loading /> : null}
      {offer?.kind === 'open' && offer.cached ? (
        <p className="notice" data-testid="appointments-cached">
          {t('appointments.home.cached')}
        </p>
      ) : null}
      {state.status !== 'loading' && services.length === 0 ? (
        <p className="notice" data-testid="appointments-not-offered">
          {offer?.kind === 'none' && offer.reason === 'not-offered'
            ? t('appointments.home.notOffered', { hotline })
            : t('appointments.home.unreachable', { hotline })}
        </p>
      ) : null}
      {services.length > 0 ? (
        <Pager
          listClassName="choice-grid choice-grid--two"
          testId="appointments-services"
          items={services.map((service) => (
            <BigChoice
              key={service.code}
              data-testid={`appointments-service-${service.code}`}
              onClick={() => onService(service)}
              title={localize(service.name)}
              hint={
                service.homeVisit ? t('appointments.home.homeVisit') : localize(service.description)
              }
            />
          ))}
        />
      ) : null}
      {offer?.kind === 'none' && offer.reason === 'not-offered' ? null : (
        <div className="action-row">
          <button
            type="button"
            className="secondary-button secondary-button--large"
            data-testid="appointments-lookup"
            onClick={onLookup}
          >
            {t('appointments.home.lookup')}
          </button>
        </div>
      )}
    </main>
  );
}
