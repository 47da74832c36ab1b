// Traditional characters fold to Simplified before anything is matched: a resident who writes
// 暈倒 or 暖氣不熱 means what 晕倒 and 暖气不热 mean, and every keyword, synonym and danger word is
// written once, in Simplified. opencc-js's Taiwan-to-mainland table is used (characters only,
// not phrases: a phrase table would also rewrite words residents chose, e.g. 瓦斯 to 煤气, which
// the synonym list handles where it matters).
import { Converter } from 'opencc-js/t2cn';

const traditionalToSimplified = Converter({ from: 'tw', to: 'cn' });
/** Any character outside ASCII may be Traditional; pure ASCII text skips the table. */
const nonAscii = /[\u0080-\uffff]/;

export function foldToSimplified(text: string): string {
  return nonAscii.test(text) ? traditionalToSimplified(text) : text;
}
