// The learnt reader of needs no community service answers (outOfScopeModel.ts): how it decides,
// that the shipped weights were trained on today's tuning part and nothing else, and what it
// changes in an answer: the request goes to staff, and a danger still goes first.
import { describe, expect, it } from 'vitest';
import { demoCommunity } from '../../../demo/community/index.js';
import { createMatcher } from '../../../electron/services/matching/index.js';
import {
  OutOfScopeModel,
  OutOfScopeModelData,
  shippedOutOfScopeModel,
} from '../../../electron/services/matching/outOfScopeModel.js';
import { scopeDigest, scopeExamples } from '../../bench/outOfScopeModelTraining.js';
import { wednesdayMorning } from './demoMatcher.js';
import { labelledNeeds } from './labelledNeeds.js';

/** A hand-made model that is sure about one word, so the test does not hang on trained weights. */
const sureAbout = (word: string) =>
  new OutOfScopeModel({
    trainedOn: { examples: 1, digest: 'hand-made' },
    threshold: 0.9,
    bias: -4,
    weights: { features: [word], weights: [8] },
  });

const matcherWith = (outOfScopeModel: OutOfScopeModel | null) =>
  createMatcher({
    needs: demoCommunity.needs,
    resources: demoCommunity.resources,
    grids: demoCommunity.grids,
    outOfScopeModel,
  });

const answer = (model: OutOfScopeModel | null, description: string) =>
  matcherWith(model).answer(
    {
      category: 'education-employment',
      needId: null,
      description,
      gridId: null,
      at: wednesdayMorning,
    },
    3,
  );

describe('how it decides', () => {
  it('says out of scope only above its threshold', () => {
    const model = sureAbout('游乐园');
    expect(model.probability('去游乐园')).toBeCloseTo(1 / (1 + Math.exp(-4)), 6);
    expect(model.outOfScope('去游乐园')).toBe(true);
    expect(model.outOfScope('去图书馆')).toBe(false);
    expect(model.outOfScope('')).toBe(false);
  });

  it('refuses a weights file that does not fit the schema', () => {
    const broken = OutOfScopeModelData.safeParse({
      trainedOn: { examples: 0, digest: 'x' },
      threshold: 1,
      bias: 'high',
      weights: { features: ['游'], weights: [] },
    });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues.map((issue) => issue.path[0])).toEqual(
      expect.arrayContaining(['trainedOn', 'threshold', 'bias', 'weights']),
    );
  });
});

describe('what it was trained on', () => {
  it('ships weights trained on the tuning part as it is today (else: npm run train)', () => {
    const examples = scopeExamples();
    expect(shippedOutOfScopeModel().trainedOn).toEqual({
      examples: examples.length,
      digest: scopeDigest(examples),
    });
  });

  it('learns from the tuning part only, never from held-out cases', () => {
    const tuning = labelledNeeds.filter((labelled) => labelled.part === 'tuning');
    const examples = scopeExamples();
    expect(examples).toHaveLength(tuning.length);
    expect(examples.filter((example) => example.nothingFits)).toHaveLength(
      tuning.filter((labelled) => labelled.accept.length === 0).length,
    );
  });
});

describe('through the matcher', () => {
  const need = '想找人帮我带孩子去游乐园玩';

  it('sends a need it is sure of to staff, with nothing shown', () => {
    expect(answer(null, need).outcome).toBe('matched');
    const withModel = answer(sureAbout('游乐园'), need);
    expect(withModel.outcome).toBe('for-staff');
    expect(withModel.results).toEqual([]);
  });

  it('never keeps a danger from going first', () => {
    const faint = answer(sureAbout('晕倒'), '活动室里有个老人突然晕倒了');
    expect(faint.danger?.kinds).toContain('medical');
    expect(faint.results[0]?.resource.id).toBe('emergency-team');
  });

  it('reads the text the lists read, with in-scope uses blanked: a trip as why one learns', () => {
    const trip = answer(sureAbout('旅游'), '明年想去旅游，想先学学拍照');
    expect(trip.outcome).toBe('matched');
  });
});
