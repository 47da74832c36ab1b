// Words for needs typed under the wrong tile and for mixed needs (issue 15: the 33rd batch, all
// tuning). Each entry starts from a miss of that batch (named in its source) and adds the words
// older residents use for the same circumstance.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say of this circumstance (round of batch 33)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const clausesSecondGrownTerms: readonly GrownTerms[] = [
  {
    // A bulb out of reach in one's own flat is the handyman volunteers' odd job, not a fault in
    // the wiring: the bulb's own phrases, so 灯泡 alone is not read as the electricians'. Few
    // phrases with 灯, so the character still points to the building's lights (a test pins it).
    category: 'basic-living',
    group: 'small-fix',
    chinese: '灯泡坏了 换个灯泡 够不着 踩不了凳子 爬不了梯子',
    english: 'change a bulb, bulb blown, cannot reach',
    source: tuning('早上在公园打太极的时候想起来，家里灯泡坏了换不了'),
  },
];
