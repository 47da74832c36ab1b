// The families of words grown in the round of the 42nd and 43rd batches (what a community
// centre's lobby hears most, told as a circumstance, in a word or two, in dialect), each in the
// file named for the family it holds; gathered here so grownSynonyms.ts lists them once.
import { doorsAndLocksGrownTerms } from './grownSynonymsDoorsAndLocks.js';
import { earningGrownTerms } from './grownSynonymsEarning.js';
import { learnToEarnGrownTerms } from './grownSynonymsLearnToEarn.js';
import { mealsAtHomeGrownTerms } from './grownSynonymsMealsAtHome.js';
import { repeatPrescriptionGrownTerms } from './grownSynonymsRepeatPrescription.js';
import { someoneToTalkToGrownTerms } from './grownSynonymsSomeoneToTalkTo.js';
import { somethingToPlayGrownTerms } from './grownSynonymsSomethingToPlay.js';
import type { GrownTerms } from './grownSynonyms.js';

export const lobbyGrownTerms: readonly GrownTerms[] = [
  ...mealsAtHomeGrownTerms,
  ...doorsAndLocksGrownTerms,
  ...learnToEarnGrownTerms,
  ...repeatPrescriptionGrownTerms,
  ...somethingToPlayGrownTerms,
  ...someoneToTalkToGrownTerms,
  ...earningGrownTerms,
];
