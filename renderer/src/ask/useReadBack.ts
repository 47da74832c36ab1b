// The platform's answers and the chosen place read back on the confirmation in plain words: the
// choices' names (never their keys), a date as its day and "morning"/"afternoon", and the place
// as the resident chose it.
import { useCallback } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type {
  AttributeAnswer,
  AttributeQuestion,
  LocationChoice,
} from '../../../contract/index.js';
import { useLanguage } from '../i18n/useLocalize.js';
import { fromDateTimeAnswer } from './datetimeChoices.js';
import { useQuestionText } from './useQuestionText.js';

export interface ReadBack {
  answer: (question: AttributeQuestion, answer: AttributeAnswer | undefined) => string;
  place: (location: LocationChoice | null) => string;
}

export function useReadBack(): ReadBack {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useQuestionText();
  const answer = useCallback(
    (question: AttributeQuestion, given: AttributeAnswer | undefined) => {
      if (given === undefined || given.length === 0) return t('ask.confirm.skipped');
      if (Array.isArray(given))
        return given.map((key) => text.valueName(question, key)).join(t('ask.confirm.joiner'));
      if (question.datatype === 'singlevaluelist') return text.valueName(question, given);
      if (question.datatype === 'datetime') {
        const chosen = fromDateTimeAnswer(given);
        if (!chosen) return given;
        const day = new Intl.DateTimeFormat(language, {
          month: 'long',
          day: 'numeric',
          weekday: 'long',
        }).format(new Date(`${chosen.date}T12:00`));
        return t('ask.confirm.dayAndSlot', {
          day,
          slot:
            chosen.slot === 'morning'
              ? t('ask.question.slots.morning')
              : t('ask.question.slots.afternoon'),
        });
      }
      return given;
    },
    [t, language, text],
  );
  const place = useCallback(
    (location: LocationChoice | null) => {
      switch (location?.kind) {
        case 'card-address':
          return t('ask.location.cardAddress');
        case 'typed':
          return [location.building, location.room].filter(Boolean).join(' ');
        case 'kiosk':
          return t('ask.location.kiosk');
        case undefined:
          return t('ask.confirm.noPlace');
      }
    },
    [t],
  );
  return { answer, place };
}
