// Step 3: the time. Every slot of the chosen day, each with the places left; a full slot is
// shown as full (greyed, "已满"), never hidden, so the resident sees why it cannot be chosen.
import { BigChoice } from '../components/BigChoice.js';
import { useTranslation } from '../i18n/translation.js';
import type { AppointmentService, AppointmentSlot } from '../../../contract/index.js';
import { useLanguage } from '../i18n/useLocalize.js';
import { Pager } from '../layout/Pager.js';
import { dayWords, timeWords } from './dayWords.js';

interface SlotScreenProps {
  service: AppointmentService;
  date: string;
  onSlot: (slot: AppointmentSlot) => void;
}

export function SlotScreen({ service, date, onSlot }: SlotScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <main className="screen" data-testid="appointments-slot">
      <h1>{t('appointments.slot.title')}</h1>
      <p className="screen__lead">{dayWords(date, language)}</p>
      <Pager
        listClassName="choice-grid choice-grid--two"
        testId="appointments-slots"
        items={service.slots
          .filter((slot) => slot.date === date)
          .map((slot) => (
            <BigChoice
              key={slot.slotId}
              data-testid={`appointments-slot-${slot.start.replace(':', '')}`}
              data-free={slot.free}
              disabled={slot.free === 0}
              onClick={() => onSlot(slot)}
              title={timeWords(slot)}
              hint={
                slot.free === 0
                  ? t('appointments.full')
                  : t('appointments.placesLeft', { count: slot.free })
              }
            />
          ))}
      />
    </main>
  );
}
