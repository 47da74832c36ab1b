// Texts from the community data come in all three languages; this picks the visit's.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../../../contract/index.js';

const known: readonly string[] = ['zh-CN', 'zh-TW', 'en'] satisfies Language[];

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return known.includes(i18n.language) ? (i18n.language as Language) : 'zh-CN';
}

export function useLocalize(): (text: LocalizedText) => string {
  const language = useLanguage();
  return useCallback((text: LocalizedText) => text[language], [language]);
}
