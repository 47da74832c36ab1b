// Shown first on the result screen when the resident's words signal danger to life or home
// (a faint, gas, a break-in), whatever journey they took: the numbers to call in large print and
// the way to the emergency screen, before the ticket or any service. The describe screen shows
// the same offer while the resident types, with its own hint and test id.
import { useTranslation } from '../i18n/translation.js';
import type { EmergencyNumber, MatchingOutcome } from '../../../contract/index.js';

interface DangerOfferProps {
  danger: NonNullable<MatchingOutcome['danger']>;
  /** Opens the emergency screen (the red button's); absent where there is none to open. */
  onEmergency?: () => void;
  /** The line under the button; the result screen's says the request is saved. */
  hint?: string;
  testId?: string;
}

export function DangerOffer({ danger, onEmergency, hint, testId }: DangerOfferProps) {
  const { t } = useTranslation();
  const labels: Record<EmergencyNumber, string> = {
    '110': t('matchingAnswer.call.110'),
    '119': t('matchingAnswer.call.119'),
    '120': t('matchingAnswer.call.120'),
  };
  return (
    <section
      className="notice notice--error danger-offer"
      role="alert"
      data-testid={testId ?? 'danger-offer'}
    >
      <h2>{t('matchingAnswer.dangerTitle')}</h2>
      <ul className="emergency-numbers">
        {danger.calls.map((number) => (
          <li key={number} data-testid={`danger-call-${number}`}>
            <span className="emergency-numbers__label">{labels[number]}</span>
            <span className="emergency-numbers__number">{number}</span>
          </li>
        ))}
      </ul>
      {onEmergency ? (
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="danger-open-emergency"
          onClick={onEmergency}
        >
          {t('matchingAnswer.dangerButton')}
        </button>
      ) : null}
      <p>{hint ?? t('matchingAnswer.dangerHint')}</p>
    </section>
  );
}
