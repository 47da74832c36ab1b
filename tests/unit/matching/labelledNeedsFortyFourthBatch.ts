// The 44th batch: about 240 needs written by a writer who had read only the demo resources' ids,
// names and categories (never their keyword lists, the matcher's word lists or any other batch's
// wording), as an honest re-estimate of fresh wording beside the 37th batch. Its mix follows the
// held-out part's shares by journey, nothing-fits and danger (counts only). Written in pairs of
// one kind and split held-out first, so one of each pair is held out and the other tuned on.
import type { LabelledNeed } from './labelledNeeds.js';
import { healthCases, livingCases } from './labelledNeedsFortyFourthLivingHealth.js';
import {
  learningCases,
  safetyCases,
  socialCases,
} from './labelledNeedsFortyFourthLearningSocialSafety.js';
import { splitHeldOutFirst } from './labelledNeedsKit.js';

export const fortyFourthBatch: LabelledNeed[] = splitHeldOutFirst([
  ...livingCases,
  ...healthCases,
  ...learningCases,
  ...socialCases,
  ...safetyCases,
]);
