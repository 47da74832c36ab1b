// Fresh phrasings beyond the 42nd and 43rd batches, in the families their round of words added
// (food at home told as the lack, one's own door and lock, a trade learned to earn, a medicine
// asked for again, someone to talk to in southern words, something to play, no lift): each
// reaches the service a front desk would send it to. Probes written to find the families, not
// labelled needs: they pin the words, so a later pass that moves them is seen.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { CharacterEvidence } from '../../../electron/services/matching/characterEvidence.js';
import { defaultSynonyms } from '../../../electron/services/matching/synonyms.js';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');
const matcher = demoMatcher();
const first = (category: CategoryId, description: string) =>
  matcher.answer({ category, needId: null, description, gridId: null, at }, 3).results[0]?.resource
    .id;

const meals = ['meals-xfl-south', 'meals-yangguang'];
const fixIt = ['handyman-volunteers', 'repair-team'];
const prescribing = ['health-station', 'pharmacy', 'family-doctor-team'];
const learnToEarn = ['skills-school', 'employment-station'];

describe('everyday words of the lobby (round of the 42nd and 43rd batches)', () => {
  it.each([
    ['basic-living', '家里没人给做饭', meals],
    ['basic-living', '没人买菜做饭', meals],
    ['basic-living', '吃不上口热的', meals],
    ['basic-living', '我住七楼没电梯，饭能送上来吗', meals],
    ['basic-living', 'no one to cook for my mum', meals],
    ['basic-living', '锁卡住了开不了门', fixIt],
    ['basic-living', '钥匙断在锁里了', fixIt],
    ['basic-living', '防盗门变形了关不严', fixIt],
    ['basic-living', 'the key wont turn in my door', fixIt],
    ['health-medical', '医生开的药快吃完了，能不能多开点', prescribing],
    ['health-medical', 'i need a repeat prescription', prescribing],
    ['education-employment', '想学当月嫂挣钱', learnToEarn],
    ['education-employment', '想当护工，要先培训吗', learnToEarn],
    ['education-employment', '学个一技之长', learnToEarn],
    ['education-employment', '冇工开好耐了', ['employment-station']],
    ['social-cultural', '冇人同我讲话', ['companion-volunteers']],
    ['social-cultural', '一个人在屋里，无人讲话', ['companion-volunteers']],
    ['social-cultural', '找个消遣', ['interest-groups', 'elder-university']],
    // In a word or two, a street form, written Cantonese.
    ['basic-living', '坏锁', fixIt],
    ['basic-living', '门坏了', fixIt],
    ['basic-living', '送歺', meals],
    ['education-employment', '揾嘢做', ['employment-station']],
  ] as const)('%s: "%s" reaches %j', (category, description, ids) => {
    expect(ids).toContain(first(category, description));
  });

  it('reads a word typed right as itself, not as a service word of the same sound', () => {
    // 开点 (prescribe a little more) is no 开店 (open a shop); 拧不动 (will not turn) no 拎不动.
    expect(first('health-medical', '药快没了，能开点吗')).not.toBe('startup-mentors');
    expect(first('basic-living', '钥匙插进去拧不动')).not.toBe('housekeeping-co');
  });

  it('keeps the words these phrases hold for their own groups', () => {
    expect(first('basic-living', '冰箱不制冷了')).toBe('handyman-volunteers');
    expect(first('basic-living', '家里没电了')).toBe('repair-team');
    expect(first('basic-living', '电梯坏了')).toMatch(/^property-/);
    expect(first('basic-living', '单元门坏了')).toMatch(/^property-/);
    expect(first('health-medical', '无人陪我去医院')).toBe('escort-volunteers');
    expect(first('health-medical', '想请个护工照顾老伴')).not.toBe('skills-school');
  });
});

describe("the telling characters this round's phrases hold", () => {
  const groupsOfTerm = new Map<string, string[]>();
  for (const [category, groups] of Object.entries(defaultSynonyms)) {
    for (const group of groups) {
      for (const term of group.terms) {
        groupsOfTerm.set(term, [...(groupsOfTerm.get(term) ?? []), `${category}/${group.id}`]);
      }
    }
  }
  const evidence = new CharacterEvidence(groupsOfTerm);
  const named = (character: string) => [...evidence.groupsOf(character).keys()];

  it('leaves characters of many kinds of word naming nothing', () => {
    // 学校 老师 工作人员 婴儿 冰凉 箱子 不会弄 舌头: a matrix of trades, fridges or locks would
    // have made each read as the school, the canteen or a repair.
    for (const character of '学师员婴冰箱弄舌厂裁') expect(named(character)).toEqual([]);
  });

  it('keeps the characters that named a group naming it', () => {
    expect(named('挣')).toEqual(['education-employment/jobs']);
    expect(named('钥')).toEqual(['safety-emergency/lost-key']);
    expect(named('洁')).toEqual(['basic-living/housekeeping']);
    expect(named('闭')).toEqual(['education-employment/benefits']);
    expect(named('楼')).toEqual(['basic-living/property']);
  });
});
