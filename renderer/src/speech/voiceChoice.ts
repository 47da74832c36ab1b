// Which of the shell's Web Speech voices reads which language, judged by each voice's BCP 47 tag
// (Chromium writes zh-CN, some systems zh_CN or cmn-Hans-CN). Traditional Chinese takes a Taiwan
// Mandarin voice, else a mainland Mandarin one (it reads the same characters); never Cantonese
// (zh-HK, yue), which a Mandarin speaker does not follow. No matching voice: null, and the kiosk
// uses its own engine instead.
import type { Language } from '../../../contract/index.js';

export interface VoiceFacts {
  lang: string;
  name: string;
  localService: boolean;
}

const normalise = (lang: string) => lang.replace(/_/g, '-').toLowerCase();

const mainland = (tag: string) =>
  /^(zh|cmn)(-hans)?-(cn|sg)$/.test(tag) || tag === 'zh-hans' || tag === 'cmn-hans';
const taiwan = (tag: string) =>
  /^(zh|cmn)(-hant)?-tw$/.test(tag) || tag === 'zh-hant' || tag === 'cmn-hant';
const english = (tag: string) => tag === 'en' || tag.startsWith('en-');

/** Ranked matchers per language: the first that finds a voice wins. */
const preferences: Record<Language, ((tag: string) => boolean)[]> = {
  'zh-CN': [mainland],
  'zh-TW': [taiwan, mainland],
  en: [(tag) => tag === 'en-us', (tag) => tag === 'en-gb', english],
};

/** The voice for a language, local voices first (they work with the network down). */
export function pickVoice<V extends VoiceFacts>(
  voices: readonly V[],
  language: Language,
): V | null {
  const ordered = [...voices].sort((a, b) => Number(b.localService) - Number(a.localService));
  for (const matches of preferences[language]) {
    const found = ordered.find((voice) => matches(normalise(voice.lang)));
    if (found) return found;
  }
  return null;
}
