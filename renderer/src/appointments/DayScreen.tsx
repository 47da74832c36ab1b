// Step 2: the day. Every day the service runs in the coming week, with how many places are
// left; a day whose slots are all taken is shown as full (not hidden), and cannot be chosen.
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { AppointmentService } from '../../../contract/index.js';
import { useLanguage, useLocalize } from '../i18n/useLocalize.js';
import { Pager } from '../layout/Pager.js';
import { dayWords } from './dayWords.js';

interface DayScreenProps {
  service: AppointmentService;
  onDay: (date: string) => void;
}

export function DayScreen({ service, onDay }: DayScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalize();
  const days = [...new Set(service.slots.map((slot) => slot.date))];
  return (
    <main className="screen" data-testid="appointments-day">
      <h1>{t('appointments.day.title')}</h1>
      <p className="screen__lead">{localize(service.name)}</p>
      <Pager
        listClassName="choice-grid choice-grid--two"
        testId="appointments-days"
        items={days.map((date) => {
          const free = service.slots
            .filter((slot) => slot.date === date)
            .reduce((sum, slot) => sum + slot.free, 0);
          return (
            <BigChoice
              key={date}
              data-testid={`appointments-day-${date}`}
              disabled={free === 0}
              onClick={() => onDay(date)}
              title={dayWords(date, language)}
              hint={
                free === 0 ? t('appointments.full') : t('appointments.placesLeft', { count: free })
              }
            />
          );
        })}
      />
    </main>
  );
}
