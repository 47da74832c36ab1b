// What the learnt readers' trainers share (dangerModelTraining.ts, outOfScopeModelTraining.ts):
// a seeded shuffle, logistic regression by stochastic gradient descent over the readers' features
// (learntFeatures.ts), out-of-fold probabilities to choose a threshold on, and the rounding and
// pruning that make the weights file. Deterministic: the same examples give the same weights.
import { createHash } from 'node:crypto';
import type { FeatureWeightsData } from '../../electron/services/matching/learntFeatures.js';
import { demoCommunity } from '../../demo/community/index.js';
import {
  type ResourceIndex,
  buildResourceIndex,
} from '../../electron/services/matching/resourceIndex.js';
import { residentText } from '../../electron/services/matching/text.js';
import { seededRandom } from '../support/seededRandom.js';

/** The demo community's index with the lists alone: what the readers are trained beside. */
export const listsOnlyIndex = (): ResourceIndex =>
  buildResourceIndex({
    needs: demoCommunity.needs,
    resources: demoCommunity.resources,
    grids: demoCommunity.grids,
    dangerModel: null,
    outOfScopeModel: null,
  });

/** A description as the matcher reads it (queryFeatures.ts): folded, pinyin read as Chinese. */
export const matcherText = (index: ResourceIndex, description: string): string =>
  index.homophones.readPinyin(residentText(description));

/** The seeded generator (mulberry32): a shuffle is the same on every machine. */
export const seeded = seededRandom;

export interface TrainingSettings {
  epochs: number;
  learningRate: number;
  /** Weight decay per step: keeps a run seen in few examples from deciding alone. */
  shrink: number;
}

/** Chosen on the tuning examples by reading each fifth with a model trained on the rest. */
export const trainingSettings: TrainingSettings = { epochs: 30, learningRate: 0.1, shrink: 1e-3 };

export interface BinaryExample {
  features: readonly string[];
  positive: boolean;
}

export interface Logistic {
  bias: number;
  weights: Map<string, number>;
}

export const shuffleSeed = 20261203;

export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const item = items[i] as T;
    items[i] = items[j] as T;
    items[j] = item;
  }
}

export const logistic = (logOdds: number): number =>
  1 / (1 + Math.exp(-Math.max(-30, Math.min(30, logOdds))));

export function fitLogistic(
  examples: readonly BinaryExample[],
  { epochs, learningRate, shrink }: TrainingSettings = trainingSettings,
): Logistic {
  const random = seeded(shuffleSeed);
  const rows = [...examples];
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffle(rows, random);
    for (const row of rows) {
      let logOdds = bias;
      for (const feature of row.features) logOdds += weights.get(feature) ?? 0;
      const error = logistic(logOdds) - (row.positive ? 1 : 0);
      bias -= learningRate * error;
      for (const feature of row.features) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight * (1 - learningRate * shrink) - learningRate * error);
      }
    }
  }
  return { bias, weights };
}

export function probabilityOf(model: Logistic, features: Iterable<string>): number {
  let logOdds = model.bias;
  for (const feature of features) logOdds += model.weights.get(feature) ?? 0;
  return logistic(logOdds);
}

const folds = 5;

/** Each example's probability from a model trained without its fifth (every fifth example). */
export function outOfFold(
  examples: readonly BinaryExample[],
  settings: TrainingSettings = trainingSettings,
): Float64Array {
  const probabilities = new Float64Array(examples.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const model = fitLogistic(
      examples.filter((_, at) => at % folds !== fold),
      settings,
    );
    examples.forEach((example, at) => {
      if (at % folds === fold) probabilities[at] = probabilityOf(model, example.features);
    });
  }
  return probabilities;
}

export const candidateThresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/**
 * The lowest candidate above which the `wrong` examples' out-of-fold probabilities pass no more
 * often than the budget allows (the highest candidate when none keeps within it).
 */
export function lowestThresholdWithin(wrong: readonly number[], budget: number): number {
  const allowed = budget * wrong.length;
  return (
    candidateThresholds.find(
      (threshold) => wrong.filter((probability) => probability > threshold).length <= allowed,
    ) ?? 0.95
  );
}

/** Weights nearer zero than this are left out of a file: they change almost no decision. */
const smallest = 0.05;
const decimals = 3;

export const rounded = (weight: number): number => Number(weight.toFixed(decimals));

export function kept(weights: ReadonlyMap<string, number>): FeatureWeightsData {
  const entries = [...weights]
    .filter(([, weight]) => Math.abs(weight) >= smallest)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    features: entries.map(([feature]) => feature),
    weights: entries.map(([, weight]) => rounded(weight)),
  };
}

/** Names the examples a model was trained on: a changed example changes it. */
export function digestOf(lines: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest('hex').slice(0, 16);
}
