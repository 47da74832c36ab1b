// A learnt reader of needs no community service answers (a train ticket, the weather, a lost
// cat), for wording the out-of-scope lists (outOfScope*.ts) do not hold. A logistic model over
// the text's features (learntFeatures.ts), trained on the tuning part of the labelled needs (a
// need labelled "nothing fits" against every other), never on the held-out part
// (tests/bench/outOfScopeModelTraining.ts); its weights are data (outOfScopeModel.json), written
// by `npm run train`. When it is sure, the need counts as out of scope as a listed word makes
// it: no resource is confident on its words, and the request goes to staff. A danger still goes
// first whatever it says.
//
// Its threshold is where, reading each fifth of the needs with a model trained on the other
// four, at most 0.2 % of the needs that something fits would go to staff: a false "nothing fits"
// costs the resident the resource they asked for, so the model speaks only when it is sure.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FeatureWeightsData, textFeatures, weightsByFeature } from './learntFeatures.js';

export const OutOfScopeModelData = z.strictObject({
  /** What the model was trained on, so a test can tell a model older than its cases. */
  trainedOn: z.strictObject({ examples: z.number().int().positive(), digest: z.string() }),
  /** Out of scope is said above this probability. */
  threshold: z.number().gt(0).lt(1),
  /** Log-odds of "nothing fits" with no feature present. */
  bias: z.number(),
  /** Each feature's weight toward "nothing fits". */
  weights: FeatureWeightsData,
});
export type OutOfScopeModelData = z.infer<typeof OutOfScopeModelData>;

export class OutOfScopeModel {
  private readonly weights: Map<string, number>;

  constructor(private readonly data: OutOfScopeModelData) {
    this.weights = weightsByFeature(data.weights);
  }

  get trainedOn(): OutOfScopeModelData['trainedOn'] {
    return this.data.trainedOn;
  }

  /** The model's probability that nothing in a community answers the text. */
  probability(normalisedText: string): number {
    let logOdds = this.data.bias;
    for (const feature of textFeatures(normalisedText)) logOdds += this.weights.get(feature) ?? 0;
    return 1 / (1 + Math.exp(-logOdds));
  }

  /** Whether the model is sure enough that nothing in a community answers the text. */
  outOfScope(normalisedText: string): boolean {
    return this.probability(normalisedText) > this.data.threshold;
  }
}

const modelFile = new URL('./outOfScopeModel.json', import.meta.url);

let shipped: OutOfScopeModel | undefined;

/** The model shipped beside this file, read and checked once. */
export function shippedOutOfScopeModel(): OutOfScopeModel {
  shipped ??= new OutOfScopeModel(
    OutOfScopeModelData.parse(JSON.parse(readFileSync(modelFile, 'utf8'))),
  );
  return shipped;
}
