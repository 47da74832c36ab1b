// Needs told as a state, not as a service (round of the 46th batch): fresh phrasings of the
// same kinds as that batch's misses (not taken from any batch) reach their service.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');

describe('needs told as a state (round of batch 46)', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['health-medical', '这两年腿脚不灵便，出门都难', 'home-nursing'],
    ['health-medical', '我妈做完手术回家了，需要人帮着恢复', 'home-nursing'],
    ['health-medical', '晚上躺下就胡思乱想', 'counselling-room'],
    ['health-medical', '总担心孩子出事，提心吊胆的', 'counselling-room'],
    ['education-employment', '待业在家快一年了', 'employment-station'],
    ['education-employment', '一直没活儿干，谁给介绍个活', 'employment-station'],
    ['social-cultural', '下午想搓两圈麻将，缺人', 'activity-room-'],
    ['social-cultural', '想找几个牌友', 'activity-room-'],
    ['social-cultural', '新搬来的，一个人也不认识', 'companion-volunteers'],
    ['safety-emergency', '电动车没了，楼下停得好好的', 'police-room'],
  ] as const)('%s: "%s" goes first to %s', (category, description, id) => {
    expect(first(category, description)).toMatch(id);
  });
});

describe("the community's own places by their short names (round of batch 46)", () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['health-medical', '药店几点开门', 'pharmacy'],
    ['health-medical', '卫生站几点开门', 'health-station'],
    ['health-medical', '社区卫生服务站周六有人吗', 'health-station'],
    ['basic-living', '社区中心在哪', 'service-hall'],
    ['basic-living', '你们服务中心几点开门', 'service-hall'],
    ['social-cultural', '社区服务中心有没有志愿者活动', 'volunteer-station'],
    ['basic-living', '想找人打扫卫生', 'housekeeping-co'],
  ] as const)('%s: "%s" goes first to %s', (category, description, id) => {
    expect(first(category, description)).toMatch(id);
  });
});

describe('meals told as cooking that cannot happen (round of batch 46)', () => {
  const matcher = demoMatcher();
  const first = (description: string) => {
    const answer = matcher.answer(
      { category: 'basic-living', needId: null, description, gridId: null, at },
      3,
    );
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each(['儿媳妇住院了，家里没人做饭', '我不会做饭，老伴走了以后只能将就', '手不行了做不动饭'])(
    '"%s" goes first to a canteen',
    (description) => {
      expect(first(description)).toMatch(/^meals-/);
    },
  );
});

describe('idle, empty days told as a feeling (round of batch 46)', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['social-cultural', '整天守着电视，一点意思没有', 'companion-volunteers'],
    ['social-cultural', '儿女忙，过年也没人来看看', 'companion-volunteers'],
    ['basic-living', '电视没信号了', 'handyman-volunteers'],
    ['basic-living', '天天看的电视突然没图像了', 'handyman-volunteers'],
  ] as const)('%s: "%s" goes first to %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});

describe('more states told instead of a service (round of batch 50)', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['basic-living', '暖气跟没开一样，屋里冰凉', 'gas-heating-station'],
    ['health-medical', '我奶奶越来越糊涂，白天家里没人看着', 'day-care-centre'],
    ['health-medical', '老爷子老犯糊涂，我们上班顾不上', 'day-care-centre'],
    ['social-cultural', '我妈一个人在老家，想有人替我去看看', 'companion-volunteers'],
    ['education-employment', '儿子刚毕业，工作没着落', 'employment-station'],
    ['social-cultural', '身子骨硬朗，想帮帮别的老人', 'volunteer-station'],
    ['safety-emergency', '有人把电动车停在楼道口挡道', 'fire-station'],
    ['safety-emergency', '小区围墙矮，总有人翻墙', 'patrol-volunteers'],
    ['basic-living', '手抖，饭也不敢做了', 'meals-'],
  ] as const)('%s: "%s" goes first to %s', (category, description, id) => {
    expect(first(category, description)).toMatch(id);
  });
});

describe('a story word that is the why, not the ask (rounds of batches 46 and 50)', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it.each([
    ['basic-living', '儿子住院了，家里没人做饭', 'meals-'],
    ['basic-living', '老伴住院去了，我一个人吃饭怎么办', 'meals-'],
    ['health-medical', '老伴住院了，想有人去医院照顾', 'escort-volunteers'],
    ['social-cultural', '天天窝在家，人都快发霉了', 'companion-volunteers'],
    ['basic-living', '墙角发霉了', 'property-'],
  ] as const)('%s: "%s" goes first to %s', (category, description, id) => {
    expect(first(category, description)).toMatch(id);
  });
});
