// After the red button: the numbers to call in the largest print on the kiosk, the resident's
// grid worker, and plainly whether the centre has been told yet. The hotline is the kiosk's own
// (as in the top bar), shown at once and never changing while the resident reads it. Whether the
// centre has it moves on in words and colour as soon as the centre takes it (useAlertDelivery).
import { useTranslation } from '../i18n/translation.js';
import { alertTone } from './alertStates.js';
import { useAlertDelivery } from './useAlertDelivery.js';
import type { EmergencyOutcome } from './useEmergency.js';

interface EmergencyScreenProps {
  outcome: EmergencyOutcome | null;
  hotline: string;
  onDone: () => void;
}

const publicNumbers = [
  { key: 'police', number: '110' },
  { key: 'ambulance', number: '120' },
  { key: 'fire', number: '119' },
] as const;

export function EmergencyScreen({ outcome, hotline, onDone }: EmergencyScreenProps) {
  const { t } = useTranslation();
  const result = outcome?.status === 'sent' ? outcome.result : null;
  const grid = result?.gridContact ?? null;
  const alertState = useAlertDelivery(outcome);
  const callBack = grid
    ? t('emergency.callBackGrid', { name: grid.workerName })
    : t('emergency.callBackCentre');
  return (
    <main className="emergency-screen" data-testid="emergency-numbers">
      <h1>{t('emergency.callNow')}</h1>
      <p
        className={`notice notice--${alertTone(alertState)}`}
        role="status"
        data-testid="emergency-status"
        data-status={alertState}
      >
        <span className="notice__title">{t(`emergency.alertTitle.${alertState}`)}</span>{' '}
        {t(`emergency.alert.${alertState}`)}
        {alertState === 'forwarded' ? ` ${callBack}` : null}
      </p>
      <ul className="emergency-numbers">
        {publicNumbers.map(({ key, number }) => (
          <li key={key}>
            <span className="emergency-numbers__label">{t(`emergency.${key}`)}</span>
            <span className="emergency-numbers__number">{number}</span>
          </li>
        ))}
      </ul>
      <ul className="emergency-numbers emergency-numbers--people">
        <li data-testid="emergency-hotline">
          <span className="emergency-numbers__label">{t('emergency.centre')}</span>
          <span className="emergency-numbers__number emergency-numbers__number--long">
            {hotline}
          </span>
        </li>
        {grid ? (
          <li data-testid="emergency-grid-worker">
            <span className="emergency-numbers__label">
              {t('emergency.gridWorker', { name: grid.workerName })}
            </span>
            <span className="emergency-numbers__number emergency-numbers__number--long">
              {grid.phone}
            </span>
          </li>
        ) : null}
      </ul>
      {result ? (
        <p className="emergency-screen__ticket" data-testid="emergency-ticket">
          {t('emergency.ticket', { ticket: result.ticket })}
        </p>
      ) : null}
      <div className="action-row">
        <button type="button" className="secondary-button" data-testid="done" onClick={onDone}>
          {t('common.done')}
        </button>
      </div>
    </main>
  );
}
