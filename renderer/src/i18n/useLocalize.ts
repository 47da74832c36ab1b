// Texts from the community data come in all three languages; this picks the visit's.
import { useCallback } from 'react';
import { useTranslation } from './translation.js';
import { languages } from '../../../contract/constants.js';
import type { Language, LocalizedText } from '../../../contract/index.js';

const isLanguage = (value: string): value is Language =>
  (languages as readonly string[]).includes(value);

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

export function useLocalize(): (text: LocalizedText) => string {
  const language = useLanguage();
  return useCallback((text: LocalizedText) => text[language], [language]);
}
