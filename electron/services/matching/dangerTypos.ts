// Typo forms of the commonest danger words that the homophone reader (homophones.ts) cannot hear
// where the segmenter cuts the typo across a word: 我老伴云倒在楼下了 reads 倒在 as one word, so
// 云倒 is never heard as 晕倒 (39th batch). Read as listed words, after the phrase list, and kept
// out of the homophone index (danger.ts hanTerms) so that no everyday word (运到, delivered) is
// ever heard as one of them. Only forms that are no everyday word themselves.
import type { DangerKind } from './dangerWords.js';
import { han } from './termLists.js';

export const typoForms: readonly { kind: DangerKind; forms: readonly string[] }[] = [
  { kind: 'medical', forms: han('云倒 运倒 昏到 荤倒 匀倒 晕道 昏道') },
  { kind: 'fall', forms: han('摔道 衰倒 甩倒了 摔刀 跌到在') },
  { kind: 'fire', forms: han('着伙 招火了 着货 著伙') },
  { kind: 'gas', forms: han('煤汽味 媒气味 梅气味 眉气味 煤起味 媒汽味') },
];
