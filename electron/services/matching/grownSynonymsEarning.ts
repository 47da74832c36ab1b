// Earning told as the wish, without the word for a job (issue 15: fresh everyday wording; probes
// of the 43rd round: 孩子大了不用我带了，想出去找点事挣钱, where 孩子 read as the tutors), and a job lost told by the workplace's
// fortune (厂里效益不好). The employment station answers. A trade learned to earn by is the skills
// school's (学了挣钱, grownSynonymsLearnToEarn.ts), a shop opened the start-up mentors' (开店,
// clauseRules.ts' businessOpening): those phrases reread the earning inside them.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say when they want to earn (round of batch 43)';

export const earningGrownTerms: readonly GrownTerms[] = [
  {
    category: 'education-employment',
    group: 'jobs',
    // Few words with 钱 and none with 养, 裁 or 闭 (倒闭): each would draw that telling character
    // (characterEvidence.ts) to jobs, away from the start-up mentors' money (本钱), the hobby
    // groups' 养花, the tailor's shop (裁缝铺) and the benefits' 闭; 裁员 is already listed.
    chinese: `挣钱 赚钱 出去挣钱 找点事挣钱 补贴家用
      效益不好 厂子黄了 单位黄了 买断工龄`,
    english: 'earn, earn some money, make some money, extra income',
    source: `${general}; probes: 孩子大了不用我带了，想出去找点事挣钱; 厂里效益不好让我回家了`,
  },
];
