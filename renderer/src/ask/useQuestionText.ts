// The platform's question and choice names in the resident's language: the page's own
// translation for a well-known code where it has one (platformQuestions.<code> in the locale
// files), otherwise the platform's own text exactly as it wrote it.
import { useCallback } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { AttributeQuestion } from '../../../contract/index.js';

/** Only plain codes can be i18n keys: a dot or colon would split the key. */
const plainCode = /^[A-Za-z0-9_-]+$/;

export interface QuestionText {
  question: (question: AttributeQuestion) => string;
  valueName: (question: AttributeQuestion, key: string) => string;
}

export function useQuestionText(): QuestionText {
  const { t, i18n } = useTranslation();
  const translated = useCallback(
    (key: string, fallback: string) => (i18n.exists(key) ? t(key) : fallback),
    [t, i18n],
  );
  const question = useCallback(
    (entry: AttributeQuestion) =>
      plainCode.test(entry.code)
        ? translated(['platformQuestions', entry.code, 'description'].join('.'), entry.description)
        : entry.description,
    [translated],
  );
  const valueName = useCallback(
    (entry: AttributeQuestion, key: string) => {
      const platformName = entry.values.find((value) => value.key === key)?.name ?? key;
      return plainCode.test(entry.code) && plainCode.test(key)
        ? translated(['platformQuestions', entry.code, 'values', key].join('.'), platformName)
        : platformName;
    },
    [translated],
  );
  return { question, valueName };
}
