// Danger words read as listed, kept out of the homophone index (danger.ts hanTerms): the index
// prefers a danger word to any everyday word of the same sound, so a word listed elsewhere would
// make the everyday one an alarm (恶人 heard as the Cantonese 呃人, 货主 as 火烛, 运到 as 云倒).
// Typo forms of the commonest danger words the homophone reader (homophones.ts) cannot hear where
// the segmenter cuts the typo across a word (我老伴云倒在楼下了 reads 倒在 as one word, so 云倒 is
// never heard as 晕倒: 39th batch), and Cantonese words whose sound an everyday Mandarin word has.
// Only forms that are no everyday word themselves.
import type { DangerKind } from './dangerWords.js';
import { han } from './termLists.js';

export const typoForms: readonly { kind: DangerKind; forms: readonly string[] }[] = [
  { kind: 'medical', forms: han('云倒 运倒 昏到 荤倒 匀倒 晕道 昏道') },
  { kind: 'fall', forms: han('摔道 衰倒 甩倒了 摔刀 跌到在') },
  // 召火了 and 兆火了 for 着火了 (zhao, 45th batch), with 了 so 号召火速 stays a call to action.
  { kind: 'fire', forms: han('着伙 招火了 着货 著伙 召火了 兆火了') },
  { kind: 'gas', forms: han('煤汽味 媒气味 梅气味 眉气味 煤起味 媒汽味') },
  // Cantonese 火烛 (a fire; 38th batch: 廚房火燭呀).
  { kind: 'fire', forms: han('火烛') },
  // Cantonese 呃 (to con; folded: 俾人呃 is 被人呃) and the progressive 紧 (转紧帐: transferring now):
  // 38th batch, 阿媽俾人呃緊錢，佢而家喺銀行轉緊帳.
  {
    kind: 'fraud',
    forms: han('呃钱 呃紧钱 被人呃 俾人呃 呃咗 转紧帐 转紧账 转紧钱 汇紧钱 俾紧钱 被骗紧'),
  },
];
