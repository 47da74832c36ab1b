// The 48th batch: about 200 needs written by the helper `fresh`, a writer who had read only the
// demo resources' ids, names and categories (never their keyword or description lists, the
// matcher's code or word lists, or any other batch's wording), as a fresh estimate of the matcher
// on wording nobody tuned on. Its mix by journey is about 30 % living, 20 % health, 12 % learning,
// 15 % social and 23 % safety, with about 12 % nothing-fits and 15 % danger (some typed under a
// non-emergency tile) beside calm near misses. Every case is a different need or situation (no
// twin pairs). Wholly held out: nobody tunes on it, and it was measured once, as written.
import type { LabelledNeed } from './labelledNeeds.js';
import { healthCases, livingCases } from './labelledNeedsFortyEighthLivingHealth.js';
import {
  learningCases,
  safetyCases,
  socialCases,
} from './labelledNeedsFortyEighthLearningSocialSafety.js';
import { allHeldOut } from './labelledNeedsKit.js';

export const fortyEighthBatch: LabelledNeed[] = allHeldOut([
  ...livingCases,
  ...healthCases,
  ...learningCases,
  ...socialCases,
  ...safetyCases,
]);
