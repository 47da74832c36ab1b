// Trains the learnt danger reader (electron/services/matching/dangerModel.ts) on the tuning part
// of the labelled needs and on the danger phrase lists, and never on the held-out part: the bench
// measures the model there. Deterministic (learntTraining.ts), so the same examples always give
// the same weights.
//
// Two models over the same features: a logistic one says whether the words tell a danger now; a
// softmax one, trained on the danger examples only, says which kind (whose resources go first,
// which number to call). A labelled need's kind is the lists' when its resources answer the
// labelled first resource, else the first kind whose resources do.
import type { DangerModelData } from '../../electron/services/matching/dangerModel.js';
import { type DangerKind, dangerKinds } from '../../electron/services/matching/dangerWords.js';
import { textFeatures } from '../../electron/services/matching/learntFeatures.js';
import { listedDanger } from '../../electron/services/matching/queryFeatures.js';
import { modelCalmExamples, modelDangerExamples } from '../unit/matching/dangerModelExamples.js';
import {
  modelCalmExamplesSecond,
  modelDangerExamplesSecond,
} from '../unit/matching/dangerModelExamplesSecond.js';
import { dangerPhrases, notDanger } from '../unit/matching/dangerPhrases.js';
import { labelledNeeds } from '../unit/matching/labelledNeeds.js';
import {
  type TrainingSettings,
  digestOf,
  fitLogistic,
  kept,
  listsOnlyIndex,
  lowestThresholdWithin,
  matcherText,
  outOfFold,
  rounded,
  seeded,
  shuffle,
  shuffleSeed,
  trainingSettings,
} from './learntTraining.js';

export interface TrainingExample {
  /** What the learnt reader reads: the lists' live text (queryFeatures.ts listedDanger). */
  text: string;
  /** null: no danger, or a danger whose kind its labels do not tell. */
  kind: DangerKind | null;
  danger: boolean;
}

/** The examples, in a fixed order: the tuning part's needs, then the phrase lists. */
export function trainingExamples(): TrainingExample[] {
  const index = listsOnlyIndex();
  // The text exactly as the learnt reader reads it at a request: folded, pinyin read as
  // Chinese, then what the lists leave live.
  const listed = (description: string, needId?: string) => {
    const text = matcherText(index, description);
    const need = needId === undefined ? undefined : index.needs.get(needId);
    return listedDanger(index, text, need, index.homophones.find(text));
  };
  const idOf = (resourceIndex: number) => index.resources[resourceIndex]?.id;
  const answers = (kind: DangerKind, resourceId: string | undefined) =>
    [...(index.dangerResources.get(kind) ?? [])].some((at) => idOf(at) === resourceId);
  const fromNeeds = labelledNeeds
    .filter((labelled) => labelled.part === 'tuning')
    .map((labelled): TrainingExample => {
      const reading = listed(labelled.description, labelled.needId);
      const text = reading.live;
      if (labelled.danger !== true) return { text, kind: null, danger: false };
      const first = labelled.accept[0];
      const said = reading.signal?.kinds[0];
      const kind =
        said !== undefined && answers(said, first)
          ? said
          : (dangerKinds.find((candidate) => answers(candidate, first)) ?? null);
      return { text, kind, danger: true };
    });
  const phrase = (text: string, kind: DangerKind | null): TrainingExample => ({
    text: listed(text).live,
    kind,
    danger: kind !== null,
  });
  return [
    ...fromNeeds,
    ...[...dangerPhrases, ...modelDangerExamples, ...modelDangerExamplesSecond].map((danger) =>
      phrase(danger.text, danger.kind),
    ),
    ...[...notDanger, ...modelCalmExamples, ...modelCalmExamplesSecond].map((calm) =>
      phrase(calm.text, null),
    ),
  ];
}

/** Names the examples a model was trained on: a changed case changes it. */
export function examplesDigest(examples: readonly TrainingExample[]): string {
  return digestOf(
    examples.map((example) => `${example.text}\u0000${example.kind ?? ''}\u0000${example.danger}`),
  );
}

/** Softmax over the kinds, by stochastic gradient descent, on the danger examples with a kind. */
function fitKinds(examples: readonly TrainingExample[], settings: TrainingSettings) {
  const { epochs, learningRate } = settings;
  const random = seeded(shuffleSeed);
  const rows = examples.flatMap((example) =>
    example.kind === null ? [] : [{ kind: example.kind, runs: [...textFeatures(example.text)] }],
  );
  const kindWeights = dangerKinds.map(() => new Map<string, number>());
  const kindBias = dangerKinds.map(() => 0);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffle(rows, random);
    for (const row of rows) {
      const scores = kindWeights.map((weights, k) => {
        let score = kindBias[k] ?? 0;
        for (const run of row.runs) score += weights.get(run) ?? 0;
        return score;
      });
      const most = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - most));
      const total = exps.reduce((sum, value) => sum + value, 0);
      dangerKinds.forEach((kind, k) => {
        const step = (exps[k] ?? 0) / total - (kind === row.kind ? 1 : 0);
        kindBias[k] = (kindBias[k] ?? 0) - learningRate * step;
        if (Math.abs(step) < 1e-4) return;
        const weights = kindWeights[k] as Map<string, number>;
        for (const run of row.runs) weights.set(run, (weights.get(run) ?? 0) - learningRate * step);
      });
    }
  }
  return { kindBias, kindWeights };
}

/** Out-of-fold false alarms allowed on calm examples: the learnt reader may add little. */
export const falseAlarmBudget = 0.005;

export function trainDangerModel(
  examples = trainingExamples(),
  settings: TrainingSettings = trainingSettings,
): DangerModelData {
  const binary = examples.map((example) => ({
    features: [...textFeatures(example.text)],
    positive: example.danger,
  }));
  const { bias, weights } = fitLogistic(binary, settings);
  // The lowest threshold at which the calm examples, each read by a model trained without its
  // fifth, raise at most the budget's false alarms. The near-miss phrases count with the needs:
  // calm needs alone are easy, and a threshold chosen on them alone (0.55) heard danger in the
  // near misses the lists were written to leave calm.
  const probabilities = outOfFold(binary, settings);
  const calm = examples.flatMap((example, at) => (example.danger ? [] : [probabilities[at] ?? 0]));
  const { kindBias, kindWeights } = fitKinds(examples, settings);
  return {
    trainedOn: { examples: examples.length, digest: examplesDigest(examples) },
    threshold: lowestThresholdWithin(calm, falseAlarmBudget),
    bias: rounded(bias),
    danger: kept(weights),
    kinds: Object.fromEntries(
      dangerKinds.map((kind, k) => [
        kind,
        { bias: rounded(kindBias[k] ?? 0), runs: kept(kindWeights[k] ?? new Map()) },
      ]),
    ) as DangerModelData['kinds'],
  };
}
