// The page's words, bound once per language for the whole page instead of once per component.
// react-i18next's own hook, in every component that says something, copies the i18next instance
// (createI18nWrapper), binds a new t and subscribes to language changes on each mount: on a cheap
// kiosk PC that was a tenth of every screen change (issue 16). Here one provider listens for the
// language, binds t once for it and remembers each plain word it looked up; a component reads
// that from context, and every reader draws again when the language changes, as before.
import type { TFunction, i18n } from 'i18next';
import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
} from 'react';
import { rememberPlainWords } from './rememberPlainWords.js';

export interface Translation {
  /** The words of the visit's language; the same function until the language changes. */
  t: TFunction;
  i18n: i18n;
}

const TranslationContext = createContext<Translation | null>(null);

export function TranslationProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on('languageChanged', changed);
      return () => i18n.off('languageChanged', changed);
    },
    [i18n],
  );
  const language = useSyncExternalStore(subscribe, () => i18n.language);
  const value = useMemo<Translation>(
    () => ({ t: rememberPlainWords(i18n.getFixedT(language)), i18n }),
    [i18n, language],
  );
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

/** The page's words and its i18next instance (the language is `i18n.language`). */
export function useTranslation(): Translation {
  const translation = useContext(TranslationContext);
  if (!translation) throw new Error('useTranslation needs a TranslationProvider above it.');
  return translation;
}
