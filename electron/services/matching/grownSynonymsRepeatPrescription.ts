// More of a medicine already taken, asked for by the prescribing (issue 15: fresh everyday
// wording; the 42nd batch's tuning miss 降压药快吃完了，想再开点, read as 开店 "open a shop"). The
// doctor who prescribes (开药, the health station's word) answers; the pharmacy too, by its own
// words, when the medicine is named. 开点 itself is an everyday word (everydayWords.ts), so it
// is no typo of 开店.
import type { GrownTerms } from './grownSynonyms.js';

const general =
  'general: what residents say when asking for a prescription again (round of batch 42)';

export const repeatPrescriptionGrownTerms: readonly GrownTerms[] = [
  {
    category: 'health-medical',
    group: 'checkup',
    chinese:
      '再开点 多开点 再开些 多开些 再开一点 多开一点 再开点儿 多开点儿 开个方子 开方子 再开个方子 续个方子',
    english: 'repeat prescription, renew my prescription, more of my pills, refill',
    source: `${general}; tuning: 降压药快吃完了，想再开点`,
  },
];
