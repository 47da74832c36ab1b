// The centre's service names in the three kiosk languages. The centre writes Simplified Chinese
// and, where someone wrote it, English; Traditional Chinese is converted with opencc-js where it
// gave none (as the community's name is), and English falls back to the Chinese rather than to
// a made-up translation.
import { toTraditional } from '../community/traditionalChinese.js';
import { LocalizedText } from '../../../contract/index.js';
import type { CentreText } from '../../../upstream/client/appointmentsClient.js';

const oneLine = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);

export function localized(text: CentreText | null, fallback: string): LocalizedText {
  const simplified = oneLine(text?.['zh-CN'] ?? fallback, 120) || fallback;
  return {
    'zh-CN': simplified,
    'zh-TW': oneLine(text?.['zh-TW'] ?? '', 120) || toTraditional(simplified),
    en: oneLine(text?.en ?? '', 120) || simplified,
  };
}

/** A stored name read back; a row written by another version falls back to the code. */
export function storedText(value: unknown, fallback: string): LocalizedText {
  const parsed = LocalizedText.safeParse(value);
  return parsed.success ? parsed.data : { 'zh-CN': fallback, 'zh-TW': fallback, en: fallback };
}
