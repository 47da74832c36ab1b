// Asks another business answers (round of the 46th batch): fresh phrasings of the kinds of that
// batch's tuning misses (not taken from any batch) go to staff, and the community's own services
// asked in the same forms still answer.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');

describe('asks another business answers (round of batch 46)', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['social-cultural', '想找人算一卦'],
    ['social-cultural', '星座运势准不准'],
    ['basic-living', '想烫个头，过年好看点'],
    ['basic-living', '欧元在哪能换'],
    ['health-medical', '配假牙要多少钱'],
    ['health-medical', '肿瘤医院的押金交多少'],
    ['health-medical', '想投诉医生乱开药'],
    ['health-medical', '网上有号贩子卖专家号，靠谱吗'],
    ['basic-living', '空气炸锅哪款好用'],
    ['basic-living', '哪种拖把好用'],
    ['basic-living', '早市几点开'],
    ['basic-living', '小区门口超市开到几点'],
  ] as const)('%s: "%s" goes to staff', (category, description) => {
    expect(first(category, description)).toBe('for-staff');
  });

  it.each([
    ['health-medical', '看病没人陪我去医院挂号', 'escort-volunteers'],
    ['health-medical', '想找人陪我去医院复查', 'escort-volunteers'],
    ['health-medical', '哪种降压药好用', 'pharmacy'],
    ['basic-living', '吃饭的食堂几点开', 'meals-'],
  ] as const)('%s: "%s" still goes first to %s', (category, description, id) => {
    expect(first(category, description)).toMatch(id);
  });
});

describe("asks another business answers, second round (the 50th batch's kinds)", () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['health-medical', '医院多收了我的挂号费，找谁'],
    ['health-medical', '医院能租轮椅吗'],
    ['basic-living', '冰箱买多大尺寸的好'],
    ['basic-living', '快递寄错了地址'],
    ['social-cultural', '你平时爱看什么书'],
    ['basic-living', '附近做衣服的哪家好'],
    ['education-employment', '大盘今天涨了没'],
  ] as const)('%s: "%s" goes to staff', (category, description) => {
    expect(first(category, description)).toBe('for-staff');
  });

  it.each([
    ['social-cultural', '活动室哪家好玩', 'activity-room-'],
    ['basic-living', '楼下烧烤的烟老往我家飘', 'mediation-room'],
    ['social-cultural', '你喜欢下棋吗', 'activity-room-'],
  ] as const)('%s: "%s" still goes first to %s', (category, description, id) => {
    expect(first(category, description)).toMatch(id);
  });
});
