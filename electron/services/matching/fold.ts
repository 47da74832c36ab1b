// Traditional characters fold to Simplified before anything is matched: a resident who writes
// 暈倒 or 暖氣不熱 means what 晕倒 and 暖气不热 mean, and every keyword, synonym and danger word is
// written once, in Simplified. opencc-js's Taiwan-to-mainland table is used (characters only,
// not phrases: a phrase table would also rewrite words residents chose, e.g. 瓦斯 to 煤气, which
// the synonym list handles where it matters). Then the Hong Kong and Taiwan words of
// regionalWords.ts become the mainland word (冇 没有, 升降机 电梯, 跌低 摔倒), so the matcher and
// the danger reader, which know the mainland words, read them too.
import { Converter } from 'opencc-js/t2cn';
import { regionalWordGroups } from './regionalWords.js';

const traditionalToSimplified = Converter({ from: 'tw', to: 'cn' });
/** Any character outside ASCII may be Traditional; pure ASCII text skips the table. */
const nonAscii = /[\u0080-\uffff]/;

const mainlandOf = new Map<string, string>(
  regionalWordGroups.flatMap((group) => Object.entries(group.words)),
);
/** One pass over the text; the longest regional word wins where several start (塞咗 before 咗). */
const regionalWord = new RegExp(
  [...mainlandOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gu',
);

export function toMainlandWords(simplified: string): string {
  return simplified.replace(regionalWord, (word) => mainlandOf.get(word) ?? word);
}

export function foldToSimplified(text: string): string {
  return nonAscii.test(text) ? toMainlandWords(traditionalToSimplified(text)) : text;
}
