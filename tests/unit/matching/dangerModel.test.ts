// The learnt danger reader (dangerModel.ts): what it weighs, how it decides, that the shipped
// weights were trained on today's tuning examples and no others, and that it reads only after the
// lists found nothing and denied nothing.
import { describe, expect, it } from 'vitest';
import { demoCommunity } from '../../../demo/community/index.js';
import {
  DangerModel,
  DangerModelData,
  shippedDangerModel,
} from '../../../electron/services/matching/dangerModel.js';
import { textFeatures } from '../../../electron/services/matching/learntFeatures.js';
import { type DangerKind, createMatcher } from '../../../electron/services/matching/index.js';
import { examplesDigest, trainingExamples } from '../../bench/dangerModelTraining.js';
import { modelCalmExamples, modelDangerExamples } from './dangerModelExamples.js';
import { modelCalmExamplesSecond, modelDangerExamplesSecond } from './dangerModelExamplesSecond.js';
import { dangerPhrases, notDanger } from './dangerPhrases.js';
import { demoMatcher, wednesdayMorning } from './demoMatcher.js';
import { labelledNeeds } from './labelledNeeds.js';

/**
 * Written for this test, in no batch, list or training example: danger the lists do not hold
 * that the learnt reader hears, and everyday words it must leave calm.
 */
const LEARNT_DANGERS: readonly (readonly [string, DangerKind])[] = [
  ['屋里有股怪味，我和老伴都头昏眼花想吐', 'gas'],
  ['有辆面包车停在学校门口，车里的人一直盯着放学的孩子看', 'break-in'],
];
const LEARNT_CALM: readonly string[] = [
  '想给老伴报个合唱团',
  '楼下在烧烤，烟飘到我家了',
  '孙子哭着不肯去幼儿园',
  '门口有快递员在敲门',
  '电视里在演打仗的片子，声音太大',
];

const listsAlone = createMatcher({
  needs: demoCommunity.needs,
  resources: demoCommunity.resources,
  grids: demoCommunity.grids,
  dangerModel: null,
});

describe('what the model weighs', () => {
  it('keeps runs with matter and drops the grammar of a sentence', () => {
    const features = textFeatures('有人到了');
    expect(features).toContain('有人');
    expect(features).toContain('人');
    for (const grammar of ['了', '到', '到了', '有']) expect(features).not.toContain(grammar);
  });

  it('reads English by whole words and neighbouring pairs, without the small words', () => {
    const features = textFeatures('my son is not answering the door');
    expect(features).toContain('son');
    expect(features).toContain('son not');
    expect(features).toContain('answering door');
    for (const grammar of ['my', 'is', 'the', 's', 'on']) expect(features).not.toContain(grammar);
  });

  it('never joins a run across a blank or a clause break', () => {
    expect(textFeatures('晕 倒')).not.toContain('晕 倒');
    expect(textFeatures('晕，倒')).not.toContain('晕，');
  });
});

/** Hand-written weights in the file's form. */
const w = (weights: Record<string, number>) => ({
  features: Object.keys(weights),
  weights: Object.values(weights),
});

describe('how it decides', () => {
  const model = new DangerModel({
    trainedOn: { examples: 2, digest: 'hand-made' },
    threshold: 0.5,
    bias: -2,
    danger: w({ 晕: 3, 倒: 1, 睡: -1 }),
    kinds: {
      medical: { bias: 0, runs: w({ 晕: 1 }) },
      fall: { bias: 0, runs: w({ 倒: 2 }) },
      gas: { bias: 0, runs: w({}) },
      fire: { bias: 0, runs: w({}) },
      'break-in': { bias: 0, runs: w({}) },
      fraud: { bias: 0, runs: w({}) },
      violence: { bias: 0, runs: w({}) },
      flood: { bias: 0, runs: w({}) },
      missing: { bias: 0, runs: w({}) },
    },
  });

  it('says danger above its threshold, with the kind the kinds model weighs most', () => {
    const reading = model.read('他晕了');
    expect(reading?.kind).toBe('medical');
    expect(reading?.probability).toBeCloseTo(1 / (1 + Math.exp(-1)), 6);
    expect(reading?.words).toEqual(['晕']);
    expect(model.read('他倒了')).toBeNull();
    expect(model.read('他晕倒了')?.kind).toBe('fall');
  });

  it('says nothing for calm words, unknown words or no words', () => {
    // A calm run weighs against: at exactly one half the model says nothing.
    expect(model.read('他晕了，睡了')).toBeNull();
    expect(model.read('他睡了')).toBeNull();
    expect(model.read('请帮我修水管')).toBeNull();
    expect(model.read('')).toBeNull();
  });

  it('refuses a weights file that does not fit the schema, saying where', () => {
    const broken = DangerModelData.safeParse({
      trainedOn: { examples: 1, digest: 'x' },
      threshold: 2,
      bias: 0,
      danger: {},
      kinds: {},
    });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues.map((issue) => issue.path[0])).toEqual(
      expect.arrayContaining(['threshold', 'kinds']),
    );
  });
});

describe('what it was trained on', () => {
  it('ships weights trained on the examples as they are today (else: npm run train)', () => {
    const examples = trainingExamples();
    expect(shippedDangerModel().trainedOn).toEqual({
      examples: examples.length,
      digest: examplesDigest(examples),
    });
  });

  it('learns from the tuning part and the phrase lists only, never from held-out cases', () => {
    const tuning = labelledNeeds.filter((labelled) => labelled.part === 'tuning').length;
    const phrases =
      dangerPhrases.length +
      notDanger.length +
      modelDangerExamples.length +
      modelCalmExamples.length +
      modelDangerExamplesSecond.length +
      modelCalmExamplesSecond.length;
    expect(trainingExamples()).toHaveLength(tuning + phrases);
  });
});

describe('through the matcher: the lists first, the model after', () => {
  const answer = (matcher: typeof demoMatcher, description: string) =>
    matcher.answer(
      {
        category: 'social-cultural',
        needId: null,
        description,
        gridId: null,
        at: wednesdayMorning,
      },
      3,
    );

  it('leaves a danger the lists found to the lists', () => {
    const signal = demoMatcher.danger('我爸昏过去了，叫不醒', null);
    expect(signal?.kinds[0]).toBe('medical');
    expect(signal?.learnt).toBeUndefined();
  });

  it('keeps a danger the lists found and denied calm', () => {
    expect(listsAlone.danger('老人没晕倒，就是有点累', null)).toBeNull();
    expect(demoMatcher.danger('老人没晕倒，就是有点累', null)).toBeNull();
  });

  it.each(LEARNT_DANGERS)('reads "%s" as %s where the lists find nothing', (text, kind) => {
    expect(listsAlone.danger(text, null)).toBeNull();
    const signal = demoMatcher.danger(text, null);
    expect(signal?.learnt).toBe(true);
    expect(signal?.kinds).toEqual([kind]);
    const first = answer(demoMatcher, text).results[0];
    expect(first?.because).toMatch(/^因为：危险（听来像：.+）→ /);
  });

  it.each(LEARNT_CALM)('leaves "%s" calm', (text) => {
    expect(demoMatcher.danger(text, null)).toBeNull();
  });
});
