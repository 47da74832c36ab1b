// The first screen of "take a number": one big choice per window service, each saying how many
// wait (约 when the kiosk estimated it because the centre could not be reached). A service
// without priority numbers takes the number at once; the others ask first. Where the centre has
// no queue extension (or none was ever listed and it is unreachable) the screen says plainly
// that numbers are not taken here, and where to go instead — never an error.
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { QueueServiceView, TakenNumber } from '../../../contract/index.js';
import { Loading } from '../components/Loading.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { useJourneyOffer } from '../visit/useJourneyOffer.js';
import { useTakeNumber } from './useTakeNumber.js';
import './takeNumber.css';

interface QueueServicesScreenProps {
  hotline: string;
  onPriority: (service: QueueServiceView) => void;
  onTaken: (taken: TakenNumber) => void;
}

export function QueueServicesScreen({ hotline, onPriority, onTaken }: QueueServicesScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const state = useJourneyOffer('getQueue');
  const [take, taking] = useTakeNumber(onTaken);
  const services =
    state.status === 'ready' && state.offer.kind === 'open' ? state.offer.services : [];
  const estimated = services.some((service) => service.estimated);
  const unavailable =
    state.status === 'failed' || (state.status === 'ready' && state.offer.kind === 'none');
  const reason =
    state.status === 'ready' && state.offer.kind === 'none' ? state.offer.reason : null;
  return (
    <main className="screen" data-testid="take-number-services">
      <h1>{t('takeNumber.title')}</h1>
      {state.status === 'loading' ? <Loading /> : null}
      {services.length > 0 ? <p className="screen__lead">{t('takeNumber.chooseService')}</p> : null}
      {estimated ? (
        <p className="notice notice--attention" data-testid="take-number-estimated">
          {t('takeNumber.estimatedNote')}
        </p>
      ) : null}
      {services.length > 0 ? (
        <div className="choice-grid">
          {services.map((service) => (
            <BigChoice
              key={service.code}
              data-testid={`take-number-service-${service.code}`}
              disabled={taking.pending}
              onClick={() =>
                service.priorityAllowed ? onPriority(service) : take(service.code, false)
              }
              title={localize(service.name)}
              hint={
                <>
                  {t(service.estimated ? 'takeNumber.waitingEstimated' : 'takeNumber.waiting', {
                    people: service.waiting,
                  })}
                  {' · '}
                  {t('takeNumber.window', { window: service.window })}
                </>
              }
              hintTestId="take-number-waiting"
            />
          ))}
        </div>
      ) : null}
      {taking.pending ? <p className="notice">{t('takeNumber.taking')}</p> : null}
      {taking.error ? (
        <p className="notice notice--attention" role="alert">
          {t('takeNumber.failed', { hotline })}
        </p>
      ) : null}
      {unavailable ? (
        <p className="notice" data-testid="take-number-not-offered">
          {t(reason === 'unreachable' ? 'takeNumber.unreachable' : 'takeNumber.notOffered', {
            hotline,
          })}
        </p>
      ) : null}
    </main>
  );
}
