// Which espeak-ng voice reads which language, and the text it is fed. Checked by ear and with
// `espeak-ng -x`: the `cmn` voice reads Chinese but spells any Latin letters and tone digits as
// English, while `cmn-latn-pinyin` fed Chinese characters gives Mandarin phonemes with the tone
// sandhi (请点 → qing2 dian3). Traditional text reads the same through it, but its dictionary
// knows Simplified characters best, so zh-TW text is converted first.
import type { Language } from '../../../contract/index.js';

export const espeakVoices: Record<Language, string> = {
  'zh-CN': 'cmn-latn-pinyin',
  'zh-TW': 'cmn-latn-pinyin',
  en: 'en-us',
};

/** Words per minute: espeak-ng's 175 is brisk for an older listener in a noisy lobby. */
export const espeakWordsPerMinute = 150;

/** The command line for a voice; the text goes on stdin, never on the command line. */
export function espeakArguments(voice: string): string[] {
  return ['--stdout', '--stdin', '-b', '1', '-v', voice, '-s', String(espeakWordsPerMinute)];
}

export type ToSimplified = (text: string) => string;

/** What the voice is fed: zh-TW text in Simplified characters, everything else as it is. */
export function espeakInput(text: string, language: Language, toSimplified: ToSimplified): string {
  return language === 'zh-TW' ? toSimplified(text) : text;
}
