// A date and time question as two rows of large buttons, never typed: which day (today,
// tomorrow, the days after, with their weekday) and morning or afternoon.
import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { useLanguage } from '../i18n/useLocalize.js';
import {
  type TimeSlotId,
  dayChoices,
  fromDateTimeAnswer,
  slotOpen,
  timeSlots,
  toDateTimeAnswer,
} from './datetimeChoices.js';
import type { AnswerBodyProps } from './QuestionScreen.js';

export function DateTimeAnswer({
  previous,
  onSubmit,
  extraActions,
  now,
}: AnswerBodyProps & { now: () => Date }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [at] = useState(now);
  const days = useMemo(() => dayChoices(at), [at]);
  const before = typeof previous === 'string' ? fromDateTimeAnswer(previous) : null;
  const [date, setDate] = useState<string | null>(
    before && days.some((day) => day.date === before.date) ? before.date : null,
  );
  const [slot, setSlot] = useState<TimeSlotId | null>(before?.slot ?? null);
  const [missing, setMissing] = useState(false);
  const slotNames: Record<TimeSlotId, string> = {
    morning: t('ask.question.slots.morning'),
    afternoon: t('ask.question.slots.afternoon'),
  };
  const day = days.find((entry) => entry.date === date);
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long' });
  const monthDay = new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric' });
  const dayTitle = (offset: number, when: Date) =>
    offset === 0
      ? t('ask.question.today')
      : offset === 1
        ? t('ask.question.tomorrow')
        : weekday.format(when);
  const next = () => {
    if (day && slot && slotOpen(day, slot, at)) onSubmit(toDateTimeAnswer(day.date, slot));
    else setMissing(true);
  };
  return (
    <>
      <h2>{t('ask.question.whichDay')}</h2>
      <div className="choice-grid choice-grid--days" role="group">
        {days.map((entry) => {
          const when = new Date(`${entry.date}T12:00`);
          return (
            <button
              key={entry.date}
              type="button"
              className="big-choice big-choice--toggle big-choice--day"
              aria-pressed={entry.date === date}
              data-testid={`day-${entry.offset}`}
              onClick={() => {
                setDate(entry.date);
                setMissing(false);
              }}
            >
              <span className="big-choice__title">{dayTitle(entry.offset, when)}</span>
              <span className="big-choice__hint">{monthDay.format(when)}</span>
            </button>
          );
        })}
      </div>
      <h2>{t('ask.question.whichTime')}</h2>
      <div className="choice-grid choice-grid--two" role="group">
        {timeSlots.map((entry) => (
          <button
            key={entry.id}
            type="button"
            className="big-choice big-choice--toggle"
            aria-pressed={entry.id === slot}
            disabled={day !== undefined && !slotOpen(day, entry.id, at)}
            data-testid={`slot-${entry.id}`}
            onClick={() => {
              setSlot(entry.id);
              setMissing(false);
            }}
          >
            <span className="big-choice__title">{slotNames[entry.id]}</span>
            <span className="big-choice__hint">
              {t('ask.question.slotHours', { from: entry.startHour, to: entry.endHour })}
            </span>
          </button>
        ))}
      </div>
      {missing ? (
        <p className="notice notice--error" role="alert" data-testid="datetime-missing">
          {t('ask.question.pickDayAndTime')}
        </p>
      ) : null}
      <div className="action-row">
        <button
          type="button"
          className="primary-button primary-button--large"
          data-testid="question-next"
          onClick={next}
        >
          {t('common.next')}
        </button>
        {extraActions}
      </div>
    </>
  );
}
