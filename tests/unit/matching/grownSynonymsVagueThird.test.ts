// Needs told vaguely, third round: fresh probes of the same kinds as the thirty-fifth batch's
// misses (not taken from any batch) reach their service, and what they must not take over stays
// where it was: learning a trade to earn is the skills school, flowers are the garden group's.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');

describe('needs told vaguely (third round)', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['education-employment', '想赚点零用钱', 'employment-station'],
    ['education-employment', '想学门技术', 'skills-school'],
    ['education-employment', '想学修家电', 'skills-school'],
    ['education-employment', '想借本小说看', 'community-library'],
    ['education-employment', '退休金不够花，想再干点', 'employment-station'],
    ['education-employment', '想学按摩推拿挣点钱', 'skills-school'],
    ['education-employment', '微信语音消息怎么听', 'smartphone-class'],
    ['education-employment', '想做点小生意', 'startup-mentors'],
    ['social-cultural', '找人下两盘', 'activity-room-'],
    ['social-cultural', '在家好无聊', 'companion-volunteers'],
    ['social-cultural', '想伸伸胳膊伸伸腿', 'fitness-square-yangguang'],
    ['social-cultural', '阳台上的花老是养不活', 'interest-groups'],
    ['safety-emergency', '晚上不敢出门', 'patrol-volunteers'],
    ['safety-emergency', '家里老丢东西', 'police-room'],
  ] as const)('%s: "%s" goes first to %s', (category, description, id) => {
    expect(first(category, description)).toMatch(id);
  });
});
