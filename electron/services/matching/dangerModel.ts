// A learnt second reader of danger, for wording no list holds. The listed words and concepts
// (danger.ts) are read first and decide whenever they find anything; only when they find nothing
// does this model read the same text. It is a logistic model over the text's features
// (learntFeatures.ts: runs of one to three characters, English words and pairs), trained on the tuning part of the labelled needs and on
// the danger phrase lists, never on the held-out part (dangerModelTraining.ts in tests/bench).
// Its weights are data (dangerModel.json), written by `npm run train`.
//
// Why a model beside the lists: every round of new wording showed the lists do not carry over to
// the next writer's words (a second batch scored as low as the first did before its round),
// while what a danger sounds like, character by character, does. Where it says "danger" was
// chosen on the tuning examples alone (dangerModelTraining.ts), never on held-out cases.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type DangerKind, dangerKinds } from './dangerWords.js';
import { FeatureWeightsData, textFeatures, weightsByFeature } from './learntFeatures.js';

export const DangerModelData = z.strictObject({
  /** What the model was trained on, so a test can tell a model older than its cases. */
  trainedOn: z.strictObject({ examples: z.number().int().positive(), digest: z.string() }),
  /**
   * Danger is said above this probability: the lowest that kept false alarms on calm examples
   * within budget when each fifth of the examples was read by a model trained on the rest.
   */
  threshold: z.number().gt(0).lt(1),
  /** Log-odds of danger with no feature present. */
  bias: z.number(),
  /** Each character run's weight toward danger. */
  danger: FeatureWeightsData,
  /** Per kind: its bias and its runs' weights (a softmax over the kinds picks which danger). */
  kinds: z.record(
    z.enum(dangerKinds),
    z.strictObject({ bias: z.number(), runs: FeatureWeightsData }),
  ),
});
export type DangerModelData = z.infer<typeof DangerModelData>;

export interface DangerReading {
  kind: DangerKind;
  /** 0–1: the model's probability that the words tell a danger now. */
  probability: number;
  /** The runs that weighed most toward danger, for the staff line ("因为：危险（晕倒）"). */
  words: string[];
}

const wordsShown = 2;

export class DangerModel {
  private readonly danger: Map<string, number>;
  private readonly kinds: { kind: DangerKind; bias: number; runs: Map<string, number> }[];

  constructor(private readonly data: DangerModelData) {
    this.danger = weightsByFeature(data.danger);
    this.kinds = dangerKinds.flatMap((kind) => {
      const weights = data.kinds[kind];
      return weights ? [{ kind, bias: weights.bias, runs: weightsByFeature(weights.runs) }] : [];
    });
  }

  get trainedOn(): DangerModelData['trainedOn'] {
    return this.data.trainedOn;
  }

  /** The model's probability that the text tells a danger now. */
  probability(normalisedText: string): number {
    return this.probabilityOf(textFeatures(normalisedText));
  }

  private probabilityOf(runs: Set<string>): number {
    let logOdds = this.data.bias;
    for (const run of runs) logOdds += this.danger.get(run) ?? 0;
    return 1 / (1 + Math.exp(-logOdds));
  }

  /** The danger the text tells, or null when the model's probability is at or below its threshold. */
  read(normalisedText: string): DangerReading | null {
    const runs = textFeatures(normalisedText);
    const probability = this.probabilityOf(runs);
    if (probability <= this.data.threshold) return null;
    let best: DangerKind | undefined;
    let bestScore = -Infinity;
    for (const { kind, bias, runs: weights } of this.kinds) {
      let score = bias;
      for (const run of runs) score += weights.get(run) ?? 0;
      if (score > bestScore) {
        bestScore = score;
        best = kind;
      }
    }
    if (best === undefined) return null;
    // The heaviest runs, one of any two that overlap: staff read 晕倒 once, not 晕 and 晕倒.
    const toward = [...runs]
      .map((run) => [run, this.danger.get(run) ?? 0] as const)
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1]);
    const words: string[] = [];
    for (const [run] of toward) {
      if (words.length === wordsShown) break;
      if (words.some((word) => word.includes(run) || run.includes(word))) continue;
      words.push(run);
    }
    return { kind: best, probability, words };
  }
}

const modelFile = new URL('./dangerModel.json', import.meta.url);

let shipped: DangerModel | undefined;

/** The model shipped beside this file, read and checked once. */
export function shippedDangerModel(): DangerModel {
  shipped ??= new DangerModel(DangerModelData.parse(JSON.parse(readFileSync(modelFile, 'utf8'))));
  return shipped;
}
