// A learnt second reader of danger, for wording no list holds. The listed words and concepts
// (danger.ts) are read first and decide whenever they find anything; only when they find nothing
// does this model read the same text. It is a logistic model over the characters of the text
// (every run of one to three characters), trained on the tuning part of the labelled needs and on
// the danger phrase lists, never on the held-out part (dangerModelTraining.ts in tests/bench).
// Its weights are data (dangerModel.json), written by `npm run train:danger`.
//
// Why a model beside the lists: every round of new wording showed the lists do not carry over to
// the next writer's words (a second batch scored as low as the first did before its round),
// while what a danger sounds like, character by character, does. Where it says "danger" was
// chosen on the tuning examples alone (dangerModelTraining.ts), never on held-out cases.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type DangerKind, dangerKinds } from './dangerWords.js';

/** Runs of one to three characters: the model's features for Chinese, at training and at reading. */
export const longestRun = 3;

const latinWord = /[a-z0-9']+/g;
/** A run within one stretch of letters: one across a blank or a clause break says nothing. */
const lettersOnly = /^[\p{L}\p{N}]+$/u;

/**
 * Characters and English words that carry the grammar of a sentence, not its matter: a model
 * free to weigh them learnt how the danger examples were told (我…在…了, "my … and"), not
 * what they told, and heard danger in "有人到了，开门吧". Negation (不, 没) is kept: it is matter.
 */
const grammarCharacters = new Set([
  ...'的了着在到我你他她它们是有把被就都也还又很和与跟给让从向对个这那一吗呢吧啊呀哦嘛么得地过说要会能可以就',
]);
const grammarWords = new Set(
  `a an the and or but so to of in on at by for from with into onto up down out off over is are was
  were be been being am has have had do does did i me my mine we us our you your he him his she her
  it its they them their this that these those there here just very really can could will would
  shall should may might must now then than too also`.split(/\s+/),
);

/**
 * What the model weighs in a text: each run of one to three letters outside Latin words that
 * holds some matter, and each Latin word and each pair of neighbouring words with matter
 * ("fire", "smoke coming").
 */
export function textFeatures(text: string): Set<string> {
  const features = new Set<string>();
  const words = (text.match(latinWord) ?? []).filter((word) => !grammarWords.has(word));
  words.forEach((word, at) => {
    features.add(word);
    if (at > 0) features.add(`${words[at - 1]} ${word}`);
  });
  const rest = words.length === 0 && !/[a-z]/.test(text) ? text : text.replace(latinWord, ' ');
  for (let length = 1; length <= longestRun; length += 1) {
    for (let start = 0; start + length <= rest.length; start += 1) {
      const run = rest.slice(start, start + length);
      if (!lettersOnly.test(run)) continue;
      let matter = false;
      for (const character of run) if (!grammarCharacters.has(character)) matter = true;
      if (matter) features.add(run);
    }
  }
  return features;
}

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
  danger: z.record(z.string(), z.number()),
  /** Per kind: its bias and its runs' weights (a softmax over the kinds picks which danger). */
  kinds: z.record(
    z.enum(dangerKinds),
    z.strictObject({ bias: z.number(), runs: z.record(z.string(), z.number()) }),
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
    this.danger = new Map(Object.entries(data.danger));
    this.kinds = dangerKinds.flatMap((kind) => {
      const weights = data.kinds[kind];
      return weights
        ? [{ kind, bias: weights.bias, runs: new Map(Object.entries(weights.runs)) }]
        : [];
    });
  }

  get trainedOn(): DangerModelData['trainedOn'] {
    return this.data.trainedOn;
  }

  /** The model's probability that the text tells a danger now. */
  probability(normalisedText: string): number {
    return this.weigh(textFeatures(normalisedText)).probability;
  }

  private weigh(runs: Set<string>) {
    let logOdds = this.data.bias;
    const toward: [string, number][] = [];
    for (const run of runs) {
      const weight = this.danger.get(run);
      if (weight === undefined) continue;
      logOdds += weight;
      if (weight > 0) toward.push([run, weight]);
    }
    return { probability: 1 / (1 + Math.exp(-logOdds)), toward };
  }

  /** The danger the text tells, or null when the model's probability is one half or less. */
  read(normalisedText: string): DangerReading | null {
    const runs = textFeatures(normalisedText);
    const { probability, toward } = this.weigh(runs);
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
    toward.sort((a, b) => b[1] - a[1]);
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
