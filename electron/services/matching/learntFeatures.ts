// What the learnt readers (dangerModel.ts, outOfScopeModel.ts) weigh in a text, the same at
// training and at reading: runs of characters and English words that hold some matter; and how
// their weights are written down.
import { z } from 'zod';

/**
 * A reader's weights as its file holds them: the features and their weights side by side (two
 * arrays parse in a fraction of the time of one object with tens of thousands of keys, which
 * was most of the kiosk's extra start-up).
 */
// Checked by one loop each rather than an element schema per entry: tens of thousands of entries
// checked one schema at a time took 30 ms of every start.
const featureList = z.custom<string[]>(
  (value) =>
    Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0),
  'a list of features (non-empty strings)',
);
const weightList = z.custom<number[]>(
  (value) =>
    Array.isArray(value) &&
    value.every((item) => typeof item === 'number' && Number.isFinite(item)),
  'a list of weights (finite numbers)',
);

export const FeatureWeightsData = z
  .strictObject({ features: featureList, weights: weightList })
  .refine((data) => data.features.length === data.weights.length, {
    message: 'features and weights must be as many',
  });
export type FeatureWeightsData = z.infer<typeof FeatureWeightsData>;

export function weightsByFeature(data: FeatureWeightsData): Map<string, number> {
  const weights = new Map<string, number>();
  data.features.forEach((feature, at) => weights.set(feature, data.weights[at] ?? 0));
  return weights;
}
/** Runs of one to three characters: the features for Chinese. */
export const longestRun = 3;

const latinWord = /[a-z0-9']+/g;
/** A run within one stretch of letters: one across a blank or a clause break says nothing. */
const letter = /^[\p{L}\p{N}]$/u;
const brk = 0;
const grammar = 1;
const matter = 2;

/** Chinese characters and ASCII letters and digits answered without a regular expression. */
function isLetter(character: string): boolean {
  const code = character.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x80)
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a)
    );
  return letter.test(character);
}

/**
 * Characters and English words that carry the grammar of a sentence, not its matter: the danger
 * model, free to weigh them, learnt how its examples were told (我…在…了, "my … and"), not
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
  // Each position once: a break (no letter), a grammar character, or matter. A run ends at a
  // break and counts once it holds matter; read per position, not per run (a third of the tests).
  const kinds = new Uint8Array(rest.length);
  for (let at = 0; at < rest.length; at += 1) {
    const character = rest.charAt(at);
    kinds[at] = !isLetter(character) ? brk : grammarCharacters.has(character) ? grammar : matter;
  }
  for (let start = 0; start < rest.length; start += 1) {
    let holdsMatter = false;
    for (let end = start; end < start + longestRun && end < rest.length; end += 1) {
      const kind = kinds[end];
      if (kind === brk) break;
      if (kind === matter) holdsMatter = true;
      if (holdsMatter) features.add(rest.slice(start, end + 1));
    }
  }
  return features;
}
