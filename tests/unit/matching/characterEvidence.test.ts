// The back-off grown from the vocabulary: a character mostly found in one group's words names
// that group when nothing else the resident wrote is known; grammar characters never do, nor a
// character spread over many groups, nor one inside a word that means something else.
import { describe, expect, it } from 'vitest';
import { CharacterEvidence } from '../../../electron/services/matching/characterEvidence.js';
import { ask, demoMatcher } from './demoMatcher.js';

const lists = new Map<string, string[]>([
  ['吃饭', ['living/meals']],
  ['送饭', ['living/meals']],
  ['午饭', ['living/meals']],
  ['饭菜', ['living/meals']],
  ['水管', ['living/pipe']],
  ['漏水', ['living/pipe']],
  ['积水', ['safety/flood']],
  ['进水', ['safety/flood']],
  ['的确', ['living/pipe']],
  ['目的', ['living/pipe']],
]);

describe('character evidence', () => {
  const evidence = new CharacterEvidence(lists);

  it('names the group most of a character’s words are in', () => {
    expect(evidence.groupsOf('想吃口热乎的中饭')).toEqual(new Map([['living/meals', 1]]));
  });

  it('says nothing for a character spread over groups, or a grammar character', () => {
    // 水 is in two pipe words and two flood words: half each, below the share it needs.
    expect(evidence.groupsOf('屋里有水')).toEqual(new Map());
    // 的 is in two pipe words only, but it is grammar.
    expect(evidence.groupsOf('我的')).toEqual(new Map());
  });

  it('reads a need in words no list holds, and only when nothing else is known', () => {
    const first = (category: Parameters<typeof ask>[0], text: string) =>
      demoMatcher.answer(ask(category, text), 3).results[0]?.resource.id;
    // 聘 is in 招聘 and 招聘信息 only; 梯 in 电梯, 楼梯灯…: no list holds 聘人 or 扶手.
    expect(first('education-employment', '哪儿在聘人')).toBe('employment-station');
    expect(first('basic-living', '楼梯扶手晃荡了')).toMatch(/^property-/);
    expect(first('basic-living', '水管漏了，饭也做不成')).toBe('repair-team');
  });

  it('counts a grown character only in a journey whose resources serve its group', () => {
    const answer = (category: Parameters<typeof ask>[0], text: string) =>
      demoMatcher.answer(ask(category, text), 3);
    // 聘 names employment, which the education and employment journey serves…
    expect(answer('education-employment', '哪儿在聘人').outcome).toBe('matched');
    // …but typed under social activities, one telling character is not enough: staff route it.
    expect(answer('social-cultural', '哪儿在聘人').outcome).toBe('for-staff');
  });
});
