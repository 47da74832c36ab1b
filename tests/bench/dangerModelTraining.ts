// Trains the learnt danger reader (electron/services/matching/dangerModel.ts) on the tuning part
// of the labelled needs and on the danger phrase lists, and never on the held-out part: the bench
// measures the model there. Deterministic (a seeded shuffle, a fixed order of examples), so the
// same examples always give the same weights.
//
// Two models over the same features: a logistic one says whether the words tell a danger now; a
// softmax one, trained on the danger examples only, says which kind (whose resources go first,
// which number to call). A labelled need's kind is the lists' when its resources answer the
// labelled first resource, else the first kind whose resources do.
import { createHash } from 'node:crypto';
import { demoCommunity } from '../../demo/community/index.js';
import {
  type DangerModelData,
  textFeatures,
} from '../../electron/services/matching/dangerModel.js';
import { type DangerKind, dangerKinds } from '../../electron/services/matching/dangerWords.js';
import { listedDanger } from '../../electron/services/matching/queryFeatures.js';
import { buildResourceIndex } from '../../electron/services/matching/resourceIndex.js';
import { residentText } from '../../electron/services/matching/text.js';
import { modelCalmExamples, modelDangerExamples } from '../unit/matching/dangerModelExamples.js';
import { dangerPhrases, notDanger } from '../unit/matching/dangerPhrases.js';
import { labelledNeeds } from '../unit/matching/labelledNeeds.js';

export interface TrainingExample {
  /** What the learnt reader reads: the lists' live text (queryFeatures.ts listedDanger). */
  text: string;
  /** null: no danger, or a danger whose kind its labels do not tell. */
  kind: DangerKind | null;
  danger: boolean;
}

export interface TrainingSettings {
  epochs: number;
  learningRate: number;
  /** Weight decay per step: keeps a run seen in few examples from deciding alone. */
  shrink: number;
}

/** Chosen on the tuning examples by reading each fifth with a model trained on the rest. */
export const trainingSettings: TrainingSettings = { epochs: 30, learningRate: 0.1, shrink: 1e-3 };

/** Weights nearer zero than this are left out of the file: they change almost no decision. */
const smallest = 0.05;
const decimals = 3;

/** The examples, in a fixed order: the tuning part's needs, then the phrase lists. */
export function trainingExamples(): TrainingExample[] {
  const index = buildResourceIndex({
    needs: demoCommunity.needs,
    resources: demoCommunity.resources,
    grids: demoCommunity.grids,
    dangerModel: null,
  });
  // The text exactly as the learnt reader reads it at a request: folded, pinyin read as
  // Chinese, then what the lists leave live.
  const listed = (description: string, needId?: string) => {
    const text = index.homophones.readPinyin(residentText(description));
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
    ...[...dangerPhrases, ...modelDangerExamples].map((danger) => phrase(danger.text, danger.kind)),
    ...[...notDanger, ...modelCalmExamples].map((calm) => phrase(calm.text, null)),
  ];
}

/** Names the examples a model was trained on: a changed case changes it. */
export function examplesDigest(examples: readonly TrainingExample[]): string {
  const hash = createHash('sha256');
  for (const example of examples) {
    hash.update(`${example.text}\u0000${example.kind ?? ''}\u0000${example.danger}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** mulberry32: a small seeded generator, so the shuffle is the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const logistic = (logOdds: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, logOdds))));

interface Fitted {
  bias: number;
  danger: Map<string, number>;
  kindBias: number[];
  kindWeights: Map<string, number>[];
}

/** Stochastic gradient descent over the examples; `withKinds` false fits "danger or not" only. */
function fit(
  examples: readonly TrainingExample[],
  { epochs, learningRate, shrink }: TrainingSettings,
  withKinds: boolean,
): Fitted {
  const random = seeded(20261203);
  const rows = examples.map((example) => ({ ...example, runs: [...textFeatures(example.text)] }));
  const danger = new Map<string, number>();
  let bias = 0;
  const kindWeights = dangerKinds.map(() => new Map<string, number>());
  const kindBias = dangerKinds.map(() => 0);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let i = rows.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const row = rows[i];
      rows[i] = rows[j] as (typeof rows)[number];
      rows[j] = row as (typeof rows)[number];
    }
    for (const row of rows) {
      let logOdds = bias;
      for (const run of row.runs) logOdds += danger.get(run) ?? 0;
      const error = logistic(logOdds) - (row.danger ? 1 : 0);
      bias -= learningRate * error;
      for (const run of row.runs) {
        const weight = danger.get(run) ?? 0;
        danger.set(run, weight * (1 - learningRate * shrink) - learningRate * error);
      }
      if (!withKinds || row.kind === null) continue;
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
  return { bias, danger, kindBias, kindWeights };
}

/** Out-of-fold false alarms allowed on calm examples: the learnt reader may add little. */
export const falseAlarmBudget = 0.01;
const folds = 5;
const candidateThresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/**
 * The lowest candidate probability above which the calm examples, each read by a model trained
 * without its fifth, raise no more false alarms than the budget. The near-miss phrases count
 * with the needs: calm needs alone are easy, and a threshold chosen on them alone (0.55) heard
 * danger in the near misses the lists were written to leave calm.
 */
export function chooseThreshold(
  examples: readonly TrainingExample[],
  settings: TrainingSettings = trainingSettings,
): number {
  const probabilities = new Float64Array(examples.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const { bias, danger } = fit(
      examples.filter((_, at) => at % folds !== fold),
      settings,
      false,
    );
    examples.forEach((example, at) => {
      if (at % folds !== fold) return;
      let logOdds = bias;
      for (const run of textFeatures(example.text)) logOdds += danger.get(run) ?? 0;
      probabilities[at] = logistic(logOdds);
    });
  }
  const calm = examples.flatMap((example, at) => (example.danger ? [] : [probabilities[at] ?? 0]));
  const allowed = falseAlarmBudget * calm.length;
  return (
    candidateThresholds.find(
      (threshold) => calm.filter((probability) => probability > threshold).length <= allowed,
    ) ?? 0.95
  );
}

const rounded = (weight: number) => Number(weight.toFixed(decimals));

function kept(weights: Map<string, number>): Record<string, number> {
  const entries = [...weights]
    .filter(([, weight]) => Math.abs(weight) >= smallest)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([run, weight]) => [run, rounded(weight)] as const);
  return Object.fromEntries(entries);
}

export function trainDangerModel(
  examples = trainingExamples(),
  settings: TrainingSettings = trainingSettings,
): DangerModelData {
  const { bias, danger, kindBias, kindWeights } = fit(examples, settings, true);
  return {
    trainedOn: { examples: examples.length, digest: examplesDigest(examples) },
    threshold: chooseThreshold(examples, settings),
    bias: rounded(bias),
    danger: kept(danger),
    kinds: Object.fromEntries(
      dangerKinds.map((kind, k) => [
        kind,
        { bias: rounded(kindBias[k] ?? 0), runs: kept(kindWeights[k] ?? new Map()) },
      ]),
    ) as DangerModelData['kinds'],
  };
}
