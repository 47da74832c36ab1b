// Needs named by their wording rather than a word (rounds of batches 46 and 50): a job lost told
// by the workplace closing, a certificate named as "that kind", a body part that aches with words
// between. Fresh phrasings (not taken from any batch) reach work, training and the health
// station, and what they must not take over (a closed shop's rubbish, medicine, a home to clean,
// exercise) stays where it was.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');

describe('a job lost told by the workplace, a certificate told as "that kind"', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['education-employment', '公司倒闭了，我这岁数上哪去', 'employment-station'],
    ['education-employment', '单位裁员把我裁了，想再找个事', 'employment-station'],
    ['education-employment', '工地散了，想找点别的干', 'employment-station'],
    ['education-employment', '当保安要那个证吗，在哪学', 'skills-school'],
    ['basic-living', '楼下超市关门了，门口堆满了垃圾', 'rubbish-team'],
    ['social-cultural', '我还干得动，还能干点啥', 'volunteer-station'],
  ] as const)('%s: "%s" goes first to %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});

describe('a part of the body that aches, told with words between (round of batch 50)', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['health-medical', '膝盖这阵子老是酸疼', 'health-station'],
    ['health-medical', '肩膀一抬就疼', 'health-station'],
    ['health-medical', '腰一到冬天就疼，止疼药吃完了', 'pharmacy'],
    ['basic-living', '腰不好，弯下去就疼，想请人打扫', 'housekeeping-co'],
    ['social-cultural', '想去健身，腿有点酸', 'fitness-square-yangguang'],
  ] as const)('%s: "%s" goes first to %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});
