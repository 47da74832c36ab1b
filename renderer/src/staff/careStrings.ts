// The words of the staff screens that look after the kiosk, in all three languages. They travel
// with those screens' chunk, not with the resident's page, and are added to the page's
// translations the first time the screens open (before anything on them is rendered).
import type { i18n } from 'i18next';
import en from './careLocales/en.json';
import zhCN from './careLocales/zh-CN.json';
import zhTW from './careLocales/zh-TW.json';

export const careStrings = { 'zh-CN': zhCN, 'zh-TW': zhTW, en } as const;

export function addCareStrings(instance: i18n): void {
  for (const [language, strings] of Object.entries(careStrings)) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.exists('staffCare.menu.title', { lng: language, fallbackLng: false })) continue;
    instance.addResourceBundle(language, 'translation', strings, true, false);
  }
}
