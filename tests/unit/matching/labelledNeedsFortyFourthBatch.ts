// The 44th batch: about 240 needs written by a writer who had read only the demo resources' ids,
// names and categories (never their keyword lists, the matcher's word lists or any other batch's
// wording), as an honest re-estimate of fresh wording beside the 37th batch. Its mix follows the
// held-out part's shares by journey, nothing-fits and danger (counts only). Written in pairs of
// one kind, so the whole batch is held out: tuning on one of a pair would flatter its twin (it
// was split held-out first until then, and nobody had tuned on its other half).
import type { LabelledNeed } from './labelledNeeds.js';
import { healthCases, livingCases } from './labelledNeedsFortyFourthLivingHealth.js';
import {
  learningCases,
  safetyCases,
  socialCases,
} from './labelledNeedsFortyFourthLearningSocialSafety.js';
import { allHeldOut } from './labelledNeedsKit.js';

export const fortyFourthBatch: LabelledNeed[] = allHeldOut([
  ...livingCases,
  ...healthCases,
  ...learningCases,
  ...socialCases,
  ...safetyCases,
]);
