import { useTranslation } from 'react-i18next';

interface EmergencyNumbersScreenProps {
  hotline: string;
}

/** The numbers to call, in the largest print on the kiosk. Sending the alert is built later. */
export function EmergencyNumbersScreen({ hotline }: EmergencyNumbersScreenProps) {
  const { t } = useTranslation();
  const numbers = [
    { key: 'police', number: '110' },
    { key: 'ambulance', number: '120' },
    { key: 'fire', number: '119' },
  ] as const;
  return (
    <main className="emergency-screen" data-testid="emergency-numbers">
      <h1>{t('emergency.callNow')}</h1>
      <ul className="emergency-numbers">
        {numbers.map(({ key, number }) => (
          <li key={key}>
            <span className="emergency-numbers__label">{t(`emergency.${key}`)}</span>
            <span className="emergency-numbers__number">{number}</span>
          </li>
        ))}
        <li>
          <span className="emergency-numbers__label">{t('emergency.centre')}</span>
          <span className="emergency-numbers__number emergency-numbers__number--long">
            {hotline}
          </span>
        </li>
      </ul>
      <p className="message-screen__body">{t('emergency.notConnected')}</p>
    </main>
  );
}
