// How residents speak or tap (spokenFillers.ts and the readings of the 56th batch's round): fresh
// phrasings of the same kinds as that batch's misses, not taken from any batch.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import {
  episodeOver,
  twoWheelerMended,
} from '../../../electron/services/matching/fragmentReadings.js';
import { withoutSpokenFillers } from '../../../electron/services/matching/spokenFillers.js';
import {
  dreamUpset,
  reportedElsewhere,
} from '../../../electron/services/matching/toldNotHappening.js';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');

describe('spoken fillers and repeated characters (round of batch 56)', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) => {
    const answer = matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
    return answer.outcome === 'matched' ? answer.results[0]?.resource.id : answer.outcome;
  };

  it('takes fillers out and keeps the words that carry the need', () => {
    expect(withoutSpokenFillers('嗯那个我家的灯啊它就是不亮了')).toBe('我家的灯不亮了');
    expect(withoutSpokenFillers('呃水龙头它一直滴')).toBe('水龙头一直滴');
  });

  it('keeps a pointer at a person, and other words holding the same characters', () => {
    expect(withoutSpokenFillers('那个人一直跟着我')).toBe('那个人一直跟着我');
    expect(withoutSpokenFillers('其它的都好')).toBe('其它的都好');
  });

  it('says a stutter once and keeps Chinese reduplication', () => {
    expect(withoutSpokenFillers('暖气不热热热热')).toBe('暖气不热热');
    expect(withoutSpokenFillers('漏水漏水漏水')).toBe('漏水');
    expect(withoutSpokenFillers('灯一闪一闪的')).toBe('灯一闪一闪的');
    expect(withoutSpokenFillers('想活动活动')).toBe('想活动活动');
  });

  it('reads a short fragment ending on a bare state as that state', () => {
    expect(withoutSpokenFillers('水管漏')).toBe('水管漏了');
    expect(withoutSpokenFillers('我家楼下那个水管一直在往外漏')).toBe(
      '我家楼下那个水管一直在往外漏',
    );
    expect(first('basic-living', '柜门锁坏')).toBe('handyman-volunteers');
    expect(matcher.danger('有人摔倒', null)).not.toBeNull();
  });

  it.each([
    ['basic-living', '呃那个厨房的灯啊它就是不亮', 'repair-team'],
    ['basic-living', '嗯就是那个暖气片它不热', 'gas-heating-station'],
  ] as const)('%s: %s → %s', (category, description, expected) => {
    expect(first(category, description)).toBe(expected);
  });
});

describe('fragments whose words mean another service (round of batch 56)', () => {
  const matcher = demoMatcher();
  const answer = (category: CategoryId, description: string) =>
    matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
  const first = (category: CategoryId, description: string) => {
    const given = answer(category, description);
    return given.outcome === 'matched' ? given.results[0]?.resource.id : given.outcome;
  };

  it('reads a faint or fall that is over as a check-up, one still going on as first aid', () => {
    expect(episodeOver.test('前天摔了一跤现在好了')).toBe(true);
    expect(episodeOver.test('上回晕过去过一次')).toBe(true);
    expect(episodeOver.test('昨天摔了今天还起不来')).toBe(false);
    expect(first('health-medical', '上周晕了一下现在没事了想检查检查')).toBe('health-station');
    expect(first('health-medical', '老伴刚才摔了起不来')).toBe('emergency-team');
    expect(first('health-medical', 'my wife fainted last week and is fine now')).toBe(
      'health-station',
    );
  });

  it('reads the medicine one cannot do without as medicine, not a cry for rescue', () => {
    expect(first('health-medical', '救命的药快没了')).toBe('pharmacy');
  });

  it('reads a smoke alarm to fit or to feed a battery as the fire station, not the police', () => {
    expect(first('safety-emergency', '卧室的报警器老是滴一声，电池该换了吧')).toBe('fire-station');
    expect(first('basic-living', '想换个新的烟感')).toBe('fire-station');
    expect(first('safety-emergency', '有人撬我家门，我要报警')).toBe('police-room');
  });

  it('reads an injection one cannot give oneself as home nursing, a doctor home as a visit', () => {
    expect(first('health-medical', '打胰岛素的针我眼花扎不准')).toBe('home-nursing');
    expect(first('health-medical', '腿脚不便，能不能请大夫上家里来')).toBe('family-doctor-team');
    expect(first('health-medical', '手抖得厉害')).toBe('health-station');
  });

  it('teaches a phone onto the wifi, and leaves the home line to its provider', () => {
    expect(first('education-employment', '手机怎么连无线网')).toBe('smartphone-class');
    expect(answer('basic-living', '家里wifi又断了').results).toEqual([]);
  });

  it('refers a two-wheeler to mend, and keeps e-bike charging for the fire station', () => {
    expect(twoWheelerMended.test('修一下自行车')).toBe(true);
    expect(twoWheelerMended.test('电动车没电了')).toBe(false);
    expect(answer('basic-living', '电瓶车爆胎了').results).toEqual([]);
    expect(answer('safety-emergency', '电动车推到楼道里充电').results[0]?.resource.id).toBe(
      'fire-station',
    );
  });
});

describe('danger dreamt or seen in the news (round of batch 56)', () => {
  const matcher = demoMatcher();
  const answer = (category: CategoryId, description: string) =>
    matcher.answer({ category, needId: null, description, gridId: null, at }, 3);

  it('sends a resident frightened by a bad dream to the counselling room', () => {
    expect(dreamUpset.test('做了个噩梦梦到老伴走丢了，吓醒了')).toBe(true);
    const given = answer('health-medical', '前天夜里梦到楼里起火了，惊醒以后心一直慌');
    expect(given.results[0]?.resource.id).toBe('counselling-room');
    expect(given.danger).toBeNull();
  });

  it('asks nothing of a news story about someone else', () => {
    expect(reportedElsewhere.test('看新闻说有个老太太在家摔倒了')).toBe(true);
    expect(answer('safety-emergency', '新闻上说有个大爷在菜市场晕倒了没人管').results).toEqual([]);
  });

  it('still reads a fire happening now as the fire station', () => {
    expect(answer('safety-emergency', '楼下着火了').results[0]?.resource.id).toBe('fire-station');
  });
});
