// The 52nd batch: about 130 needs written by the helper `fresh`, a writer who had read only the
// demo resources' ids, names and categories (never their keyword or description lists, the
// matcher's code or word lists, or any other batch's wording but its own 48th), as a second fresh
// estimate of the matcher on wording nobody tuned on. Its situations differ from the 48th's; its
// mix by journey is about 31 % living, 20 % health, 12 % learning, 15 % social and 22 % safety,
// with about 10 % nothing-fits and 16 % danger (some typed under a non-emergency tile) beside calm
// near misses. Every case is a different need or situation (no twin pairs). Wholly held out:
// nobody tunes on it, and it was measured once, as written.
import type { LabelledNeed } from './labelledNeeds.js';
import { healthCases, livingCases } from './labelledNeedsFiftySecondLivingHealth.js';
import {
  learningCases,
  safetyCases,
  socialCases,
} from './labelledNeedsFiftySecondLearningSocialSafety.js';
import { allHeldOut } from './labelledNeedsKit.js';

export const fiftySecondBatch: LabelledNeed[] = allHeldOut([
  ...livingCases,
  ...healthCases,
  ...learningCases,
  ...socialCases,
  ...safetyCases,
]);
