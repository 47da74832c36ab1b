// Trains the learnt reader of needs no community service answers (electron/services/matching/
// outOfScopeModel.ts) on the tuning part of the labelled needs alone: a need labelled "nothing
// fits" against every other. Never on the held-out part, where the bench measures it.
import { textFeatures } from '../../electron/services/matching/learntFeatures.js';
import type { OutOfScopeModelData } from '../../electron/services/matching/outOfScopeModel.js';
import { textForOutOfScope } from '../../electron/services/matching/outOfScopeText.js';
import { labelledNeeds } from '../unit/matching/labelledNeeds.js';
import {
  type BinaryExample,
  type TrainingSettings,
  digestOf,
  fitLogistic,
  kept,
  listsOnlyIndex,
  lowestThresholdWithin,
  matcherText,
  outOfFold,
  rounded,
  trainingSettings,
} from './learntTraining.js';

export interface ScopeExample {
  /**
   * The text as the matcher's out-of-scope reading reads it (queryFeatures.ts): folded, pinyin
   * read as Chinese, the stretches that only look out of scope blanked (outOfScopeText.ts).
   */
  text: string;
  nothingFits: boolean;
}

/** The tuning part's needs, in the order written. */
export function scopeExamples(): ScopeExample[] {
  const index = listsOnlyIndex();
  return labelledNeeds
    .filter((labelled) => labelled.part === 'tuning')
    .map((labelled) => ({
      text: textForOutOfScope(matcherText(index, labelled.description)),
      nothingFits: labelled.accept.length === 0,
    }));
}

export const scopeDigest = (examples: readonly ScopeExample[]): string =>
  digestOf(examples.map((example) => `${example.text}\u0000${example.nothingFits}`));

/** Needs something fits that the model may send to staff, read out of fold: very few. */
export const wrongToStaffBudget = 0.001;

export function trainOutOfScopeModel(
  examples = scopeExamples(),
  settings: TrainingSettings = trainingSettings,
): OutOfScopeModelData {
  const binary: BinaryExample[] = examples.map((example) => ({
    features: [...textFeatures(example.text)],
    positive: example.nothingFits,
  }));
  const { bias, weights } = fitLogistic(binary, settings);
  const probabilities = outOfFold(binary, settings);
  const fitting = examples.flatMap((example, at) =>
    example.nothingFits ? [] : [probabilities[at] ?? 0],
  );
  return {
    trainedOn: { examples: examples.length, digest: scopeDigest(examples) },
    threshold: lowestThresholdWithin(fitting, wrongToStaffBudget),
    bias: rounded(bias),
    weights: kept(weights),
  };
}
