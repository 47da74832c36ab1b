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

/**
 * In Hong Kong and Taiwan 輔導 alone is counselling (輔導員, 心理輔導, 婚姻輔導); on the mainland
 * 辅导 is mostly help with schoolwork. So 輔導 written in Traditional characters reads as 心理輔導,
 * unless the text is about study or work (功課輔導, 就業輔導, 個仔讀書…): Simplified 辅导 keeps the
 * mainland sense (source: general usage; tuning: 最近心情很鬱悶，想找人輔導一下).
 */
const counsellingInTraditional = /(?<!心理)輔導/gu;
const studyOrWork =
  /功課|功课|作業|作业|課業|课业|學業|学业|讀書|读书|補習|补习|考試|考试|升學|數學|英文|語文|學生|學習|仔|女兒|孫|孩子|小朋友|工作|搵工|揾工|求職|就業|職業|事業/u;

function readTraditionalSenses(text: string): string {
  if (!text.includes('輔導') || studyOrWork.test(text)) return text;
  return text.replace(counsellingInTraditional, '心理輔導');
}

export function foldToSimplified(text: string): string {
  return nonAscii.test(text)
    ? toMainlandWords(traditionalToSimplified(readTraditionalSenses(text)))
    : text;
}
