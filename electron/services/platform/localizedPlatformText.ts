// A text the centre writes for residents to read (a survey's question, a vote's proposal): a
// plain string in Simplified Chinese or {zh-CN, zh-TW?, en?}, read tolerantly. Each language goes
// through the platform's text rule (platformText.ts); where the centre gave no zh-TW the Chinese
// is converted with opencc-js, and where it gave no English the Chinese stands, since a made-up
// translation would be worse.
import { z } from 'zod';
import type { LocalizedText } from '../../../contract/index.js';
import { toTraditional } from '../community/traditionalChinese.js';
import { type PlatformTextKind, platformText } from './platformText.js';

export const WireLocalizedText = z.union([
  z.string(),
  z.looseObject({
    'zh-CN': z.string(),
    'zh-TW': z.string().optional(),
    en: z.string().optional(),
  }),
]);

/** Null when the Chinese is empty after the text rule: nothing to show a resident. */
export function localizedPlatformText(
  raw: z.infer<typeof WireLocalizedText>,
  kind: PlatformTextKind,
): LocalizedText | null {
  const given = typeof raw === 'string' ? { 'zh-CN': raw } : raw;
  const simplified = platformText(given['zh-CN'], kind);
  if (simplified === '') return null;
  const traditional = given['zh-TW'] === undefined ? '' : platformText(given['zh-TW'], kind);
  const english = given.en === undefined ? '' : platformText(given.en, kind);
  return {
    'zh-CN': simplified,
    'zh-TW': traditional || toTraditional(simplified),
    en: english || simplified,
  };
}
