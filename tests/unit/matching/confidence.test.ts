// The matcher knows when it does not know: needs that fit nothing go to staff with no resources
// shown, weakly related resources are not shown as filler, one misleading word does not win, and
// every shown resource carries a confidence and a line of explanation for staff.
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../contract/community.js';
import { ask, demoMatcher } from './demoMatcher.js';

const shownIds = (category: CategoryId, text: string, options = {}) =>
  demoMatcher.answer(ask(category, text, options), 3).results.map((result) => result.resource.id);

describe('nothing fits', () => {
  it.each([
    ['basic-living', '想买一张去上海的火车票'],
    ['social-cultural', '明天天气怎么样'],
    ['education-employment', 'asdfgh qwerty'],
    ['social-cultural', '我家猫跑丢了'],
    ['safety-emergency', 'my dog is lost'],
    ['social-cultural', ''],
    ['basic-living', '老房子想整个翻新一下，找个装修队'],
    ['basic-living', 'I want to buy a secondhand sofa'],
    ['health-medical', '牙床肿了，吃饭就疼'],
    ['health-medical', '闺女怀孕了，想问哪个医院好，去那儿建档'],
    ['basic-living', 'what is the cheapest way to send money home to the Philippines'],
  ] as const)('%s: "%s" goes to staff with no resource shown', (category, text) => {
    const answer = demoMatcher.answer(ask(category, text), 3);
    expect(answer.outcome).toBe('for-staff');
    expect(answer.results).toEqual([]);
    expect(answer.confidence).toBeLessThan(0.2);
    expect(answer.danger).toBeNull();
  });

  it('still ranks the category for staff through match(), each marked not confident', () => {
    const ranked = demoMatcher.match(ask('basic-living', '想买一张去上海的火车票'), 3);
    expect(ranked).toHaveLength(3);
    expect(ranked.every((match) => !match.confident)).toBe(true);
  });
});

describe('no filler', () => {
  it('a dripping tap shows the plumbers, not rubbish collection to make up three', () => {
    const ids = shownIds('basic-living', '水龙头一直滴答滴答的关不紧');
    expect(ids[0]).toBe('repair-team');
    expect(ids).not.toContain('rubbish-team');
    expect(ids.length).toBeLessThan(3);
  });
});

describe('answer() and match() agree', () => {
  // answer() scores only the resources that can be shown (speed at 10,000 resources); what it
  // shows must be exactly match()'s confident resources, in match()'s order.
  it.each([
    ['basic-living', '水龙头一直滴答滴答的关不紧'],
    ['basic-living', '电梯坏了'],
    ['social-cultural', '活动室里有个老人突然晕倒了'],
    ['health-medical', '想量量血压，顺便开点药'],
    ['safety-emergency', ''],
    ['education-employment', '想买一张去上海的火车票'],
  ] as const)('%s: "%s"', (category, text) => {
    const query = ask(category, text);
    const confidentInOrder = demoMatcher
      .match(query, 50)
      .filter((match) => match.confident)
      .slice(0, 3);
    expect(demoMatcher.answer(query, 3).results).toEqual(confidentInOrder);
  });
});

describe('one word does not mislead', () => {
  it('"I lost my job" is work, not a missing person', () => {
    const ids = shownIds('education-employment', 'I lost my job last month');
    expect(ids[0]).toBe('employment-station');
    expect(ids).not.toContain('missing-search-team');
    expect(ids).not.toContain('police-room');
  });

  it('找人 to keep me company is company, not the search team', () => {
    expect(shownIds('social-cultural', '想找人陪我聊聊天')[0]).toBe('companion-volunteers');
    expect(shownIds('social-cultural', '想找人陪我聊聊天')).not.toContain('missing-search-team');
  });
});

describe('words residents use', () => {
  it.each([
    ['basic-living', '老人一个人住，想每天有人把饭送到家', 'meals-xfl-south'],
    ['health-medical', '我有高血压，降压药快吃完了，能不能送点药来', 'pharmacy'],
    ['social-cultural', '想学写毛笔字', 'interest-groups'],
    ['social-cultural', '一个人在家闷得慌', 'companion-volunteers'],
    ['education-employment', '退休金怎么领', 'service-hall'],
    ['safety-emergency', '楼上天天跺脚，吵得睡不着', 'mediation-room'],
    ['basic-living', '水管漏睡了', 'repair-team'],
    ['basic-living', '家裡暖氣不熱', 'gas-heating-station'],
  ] as const)('%s: %s → %s', (category, text, expected) => {
    expect(shownIds(category, text)[0]).toBe(expected);
  });

  it('冒充 and 转账 reach the police; 被人撬 too, in any journey', () => {
    expect(shownIds('basic-living', '有人冒充公安打电话让我转账')[0]).toBe('police-room');
    expect(shownIds('health-medical', '家门被人撬了')[0]).toBe('police-room');
  });

  it('下大雨 and 进水 reach the flood supplies', () => {
    expect(shownIds('basic-living', '下大雨，家里进水了')[0]).toBe('disaster-supplies');
  });
});

describe('confidence, place and the explanation line', () => {
  it('every shown resource is confident, with a confidence between 0 and 1', () => {
    const answer = demoMatcher.answer(ask('basic-living', '卫生间水管漏水了'), 3);
    expect(answer.outcome).toBe('matched');
    expect(answer.confidence).toBeGreaterThan(0.5);
    for (const result of answer.results) {
      expect(result.confident).toBe(true);
      expect(result.confidence).toBeGreaterThan(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('explains itself in one line: 因为：漏水 → 管道维修', () => {
    const [first] = demoMatcher.answer(ask('basic-living', '卫生间水管漏水了'), 3).results;
    expect(first?.because).toMatch(/^因为：.*漏水.* → 管道维修$/);
  });

  it('the resident’s grid still decides between equally good resources', () => {
    expect(shownIds('basic-living', '电梯坏了', { gridId: 'xfl-south' })[0]).toBe(
      'property-xfl-south',
    );
    expect(shownIds('basic-living', '电梯坏了', { gridId: 'jinxiu' })[0]).toBe('property-jinxiu');
  });
});

describe('renovation is in scope only as its rubbish or its noise', () => {
  it.each([['basic-living', '装修完剩下一堆垃圾，谁来拉走', 'rubbish-team']] as const)(
    '%s: "%s" → %s first',
    (category, text, expected) => {
      expect(shownIds(category, text)[0]).toBe(expected);
    },
  );
});

describe('a family worry is not a quarrel or a meal', () => {
  it('a grandson who will not come home to eat goes to staff', () => {
    const answer = demoMatcher.answer(
      ask('education-employment', '我孙子老不回家吃饭，说了也不听'),
      3,
    );
    expect(answer.outcome).toBe('for-staff');
  });

  it('a neighbour who will not listen is still the mediation room', () => {
    expect(shownIds('safety-emergency', '隔壁把电动车停我门口，说了也不听')[0]).toBe(
      'mediation-room',
    );
  });

  it('a meal wanted is still the meals service', () => {
    expect(shownIds('basic-living', '一个人在家懒得做饭，能不能送饭')[0]).toMatch(/^meals-/);
  });
});

describe('generic words alone are not trusted (issue 15, the twenty-fifth batch)', () => {
  it.each([
    ['basic-living', '家里的路由器坏了，上不了网'],
    ['basic-living', '鸟笼子坏了'],
    ['health-medical', '医院的停车场太小了'],
    ['education-employment', '外孙在大学里挂科了'],
  ] as const)('%s: "%s" goes to staff', (category, text) => {
    expect(demoMatcher.answer(ask(category, text), 3).outcome).toBe('for-staff');
  });

  it.each([
    ['basic-living', '家里冰箱坏了', 'handyman-volunteers'],
    ['health-medical', '一个人去医院心里发怵，想有人陪着', 'escort-volunteers'],
    ['health-medical', 'who can go with my dad to the hospital', 'escort-volunteers'],
  ] as const)('%s: "%s" still reaches %s', (category, text, expected) => {
    expect(shownIds(category, text)).toContain(expected);
  });
});
