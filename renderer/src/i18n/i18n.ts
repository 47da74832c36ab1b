// Translations are bundled with the page: the kiosk must speak all three languages offline.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../contract/index.js';
import en from '../../../locales/en.json' with { type: 'json' };
import zhCN from '../../../locales/zh-CN.json' with { type: 'json' };
import zhTW from '../../../locales/zh-TW.json' with { type: 'json' };

export const resources = {
  'zh-CN': { translation: zhCN },
  'zh-TW': { translation: zhTW },
  en: { translation: en },
} as const;

/** Each language is named in itself, so a reader finds theirs whatever is on screen. */
export const languageNames: Record<Language, string> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};

/**
 * A word read straight from the bundled resources, for the one screen shown when the page cannot
 * start (i18next may be what failed). `key` is a dotted path such as 'app.cannotStart'.
 */
export function wordWithoutI18n(language: Language, key: string): string {
  let node: unknown = resources[language].translation;
  for (const part of key.split('.'))
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  return typeof node === 'string' ? node : key;
}

export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
