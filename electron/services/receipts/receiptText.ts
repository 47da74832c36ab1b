// The receipts take their words from the same resources as the screens (locales/), so paper and
// screen never say different things and a translator edits one file per language. The main
// process has its own i18next instance (it shares nothing with the page), set up synchronously
// at first use: the resources are bundled with the code, and building a receipt never waits.
import i18next, { type TFunction, type i18n } from 'i18next';
import type { Language } from '../../../contract/index.js';
import en from '../../../locales/en.json' with { type: 'json' };
import zhCN from '../../../locales/zh-CN.json' with { type: 'json' };
import zhTW from '../../../locales/zh-TW.json' with { type: 'json' };

let instance: i18n | undefined;

function paperI18n(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    resources: {
      'zh-CN': { translation: zhCN },
      'zh-TW': { translation: zhTW },
      en: { translation: en },
    },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    initAsync: false,
    // Paper is not HTML; and a staff name handed in as a value is never read as a key or a
    // placeholder itself (skipOnVariables), whatever it contains.
    interpolation: { escapeValue: false, skipOnVariables: true },
    returnNull: false,
  });
  instance = created;
  return created;
}

/** The words of a receipt in `language`; keys are written in full (`receipt.ticket`). */
export function receiptText(language: Language): TFunction {
  return paperI18n().getFixedT(language);
}
