// The community's name in each language of the screen. The configured name is Simplified
// Chinese; Traditional Chinese is converted from it here in the main process with opencc-js
// (character by character, Taiwan standard, no change of vocabulary, which a proper name must
// not get), once, so the page never loads the conversion tables. English uses the configured
// English name (communityNameEnglish) when there is one; a made-up translation or pinyin would
// be a name nobody at the centre uses, so without one the English screen says plainly that
// this is the community centre and gives its Chinese name as staff and signs write it.
import { toTraditional } from './traditionalChinese.js';
import type { LocalizedText } from '../../../contract/index.js';

export function communityNames(simplified: string, english: string): LocalizedText {
  const name = simplified.trim();
  return {
    'zh-CN': name,
    'zh-TW': toTraditional(name),
    en: english.trim() || `Centre: ${name}`,
  };
}
