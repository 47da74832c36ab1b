// Needs told as a thing and what happens to it (grownSynonymsObjectStates.ts, round of the 54th
// batch): fresh phrasings of the same kinds as that batch's misses (not taken from any batch)
// reach their service, and neither the thing nor the state alone is read as a need.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { defaultSynonyms } from '../../../electron/services/matching/index.js';
import {
  objectStateGroups,
  objectStateReadingGroups,
  objectStateRereadWords,
} from '../../../electron/services/matching/grownSynonymsObjectStates.js';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');

describe('a thing and what happens to it (round of batch 54)', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['basic-living', '浴缸里的水老是排不走', 'repair-team'],
    ['basic-living', 'The bathroom basin will not drain', 'repair-team'],
    ['basic-living', '垃圾箱都溢出来了也没人管', 'rubbish-team'],
    ['basic-living', '衣柜的门合不上了', 'handyman-volunteers'],
    ['basic-living', '门把手松了，一拧就晃', 'handyman-volunteers'],
    ['health-medical', '削苹果把手指割破了', 'health-station'],
    ['health-medical', '最近血糖偏高', 'health-station'],
    ['health-medical', '脚趾甲长到肉里去了', 'health-station'],
    ['health-medical', '嘴里长了个泡', 'health-station'],
    ['basic-living', '阳台推拉门推不动', 'handyman-volunteers'],
    ['basic-living', '锁芯生锈了，钥匙老是卡住', 'handyman-volunteers'],
    ['basic-living', '老两口都做不动饭了', 'meals-xfl-south'],
    ['education-employment', '微信登不上去了，不会弄', 'smartphone-class'],
    ['basic-living', "The window won't shut properly", 'handyman-volunteers'],
    ['social-cultural', '成天一个人，没人说话', 'companion-volunteers'],
    ['safety-emergency', '晚上有两个生面孔在车棚边上转悠', 'patrol-volunteers'],
    ['safety-emergency', '三轮车的车筐让人顺走了', 'police-room'],
    ['safety-emergency', '楼上天天往下扔烟头，说了不听', 'mediation-room'],
    ['safety-emergency', '昨天有俩人一户一户地敲门，问家里几口人', 'patrol-volunteers'],
  ] as const)('%s: "%s" goes first to %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });

  it('reads a thing and its state only together, in one clause', () => {
    expect(objectStateGroups('水池水半天下不去')).toEqual(['basic-living/drain']);
    expect(objectStateGroups('桶满了没人倒')).toEqual(['basic-living/rubbish']);
    expect(objectStateGroups('窗户关不严')).toEqual(['basic-living/small-fix']);
    expect(objectStateGroups('手划了个口子')).toEqual(['health-medical/checkup']);
    // The thing alone, the state alone, or the two in different clauses: nothing.
    expect(objectStateGroups('水池在哪儿买')).toEqual([]);
    expect(objectStateGroups('车位满了')).toEqual([]);
    expect(objectStateGroups('窗户那边，门也关不严')).toEqual([]);
    // ...but the state may open the next clause, after an adverb, naming no other thing.
    expect(objectStateGroups('浴缸放了水,半天才下去')).toEqual(['basic-living/drain']);
  });

  it('keeps a phone, a toilet and a water bucket out of the readings', () => {
    expect(objectStateGroups('手机屏幕划破了')).toEqual([]);
    expect(objectStateGroups('马桶满了')).not.toContain('basic-living/rubbish');
    expect(objectStateGroups('水桶满了')).toEqual([]);
  });

  it('takes a state word from the group it names alone', () => {
    expect(objectStateRereadWords('椅子腿晃晃悠悠的')).toEqual(['晃']);
    expect(first('basic-living', '凳子晃晃悠悠的，不敢坐')).toBe('handyman-volunteers');
  });

  it('names only synonym groups that exist', () => {
    for (const named of objectStateReadingGroups) {
      const [category, group] = named.split('/') as [CategoryId, string];
      expect(defaultSynonyms[category].some((g) => g.id === group)).toBe(true);
    }
  });
});

describe('lessons and car trouble no community service takes (round of batch 54)', () => {
  const matcher = demoMatcher();
  const outcome = (category: CategoryId, description: string) =>
    matcher.answer({ category, needId: null, description, gridId: null, at }, 3).outcome;

  it.each([
    ['social-cultural', '孙女想学弹钢琴，哪里有老师'],
    ['social-cultural', '想学拉小提琴'],
    ['education-employment', 'Where can I take driving lessons'],
    ['social-cultural', 'I would like to learn piano'],
    ['basic-living', 'My car won’t start'],
    ['basic-living', 'The car battery died again'],
    ['health-medical', '想去镶颗牙'],
  ] as const)('%s: "%s" is for staff', (category, description) => {
    expect(outcome(category, description)).toBe('for-staff');
  });

  it('still finds the classes the community does run', () => {
    const first = (description: string) =>
      matcher.answer(
        { category: 'social-cultural', needId: null, description, gridId: null, at },
        3,
      ).results[0]?.resource.id;
    expect(first('想学书法')).toMatch(/elder-university|interest-groups/u);
    expect(first('想学打太极拳')).toBe('fitness-square-yangguang');
  });
});

describe("a pet's noise told in English is a neighbour's noise (round of batch 54)", () => {
  const matcher = demoMatcher();
  const answer = (description: string) =>
    matcher.answer(
      { category: 'safety-emergency', needId: null, description, gridId: null, at },
      3,
    );

  it('sends the barking next door to the mediation room', () => {
    expect(answer('The dog next door keeps barking').results[0]?.resource.id).toBe(
      'mediation-room',
    );
    expect(answer('My neighbours’ dogs bark every night').results[0]?.resource.id).toBe(
      'mediation-room',
    );
  });

  it('still sends a lost pet to staff', () => {
    expect(answer('I lost my dog').outcome).toBe('for-staff');
  });
});
