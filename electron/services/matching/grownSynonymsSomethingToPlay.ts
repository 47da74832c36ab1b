// Something to play with or pass the time by, asked for plainly (issue 15: fresh everyday
// wording; the 42nd batch's tuning miss 想搵啲嘢玩下, which written Cantonese folds to 想找些东西
// 玩一下, regionalWords.ts). A pastime to take up is the hobby groups' (as 找点事做 is,
// grownSynonymsOblique.ts); a place to go and play stays the activity rooms' (玩的地方,
// grownSynonymsTonguesSecond.ts).
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say when they want something to play (round of batch 42)';

export const somethingToPlayGrownTerms: readonly GrownTerms[] = [
  {
    category: 'social-cultural',
    group: 'hobbies',
    chinese:
      '找些东西玩 找点东西玩 找东西玩 找点玩的 找些玩的 找点啥玩 找点什么玩 找点乐趣 消遣 找个消遣',
    english: 'something to play, a pastime, pastimes',
    source: `${general}; tuning: 想搵啲嘢玩下`,
  },
];
