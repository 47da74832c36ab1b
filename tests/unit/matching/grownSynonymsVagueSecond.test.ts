// Fresh probes of the vague word families of the 34th batch's round (grownSynonymsVagueSecond.ts),
// phrasings of my own and not taken from any batch: a body complaint said as the feeling and a
// household thing by its everyday name reach the service that sees to it, not staff.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');

describe('vague needs, second round (probes)', () => {
  const matcher = demoMatcher();
  const first = (category: CategoryId, description: string) =>
    matcher.answer({ category, needId: null, description, gridId: null, at }, 3).results[0]
      ?.resource.id;

  it.each([
    ['health-medical', '便秘好几天', 'health-station'],
    ['health-medical', '胃里反酸', 'health-station'],
    ['health-medical', '脖子僵', 'health-station'],
    ['health-medical', '夜里腿抽筋', 'health-station'],
    ['health-medical', '口腔溃疡', 'health-station'],
    ['health-medical', '眼睛干涩', 'health-station'],
    ['health-medical', '没胃口吃不下', 'health-station'],
    ['health-medical', '头发掉得厉害', 'health-station'],
    ['health-medical', '家里缺个血糖仪', 'pharmacy'],
    ['health-medical', '手指头麻', 'health-station'],
    ['health-medical', '崴脚了', 'health-station'],
    ['health-medical', '鼻子不通气', 'health-station'],
    ['health-medical', '想开点安眠药', 'pharmacy'],
    ['health-medical', '老人白天在家没人管', 'day-care-centre'],
    ['basic-living', '床板塌了', 'handyman-volunteers'],
    ['basic-living', '水黄黄的', 'repair-team'],
    ['basic-living', '墙上一块块黑斑', 'property-xfl-north'],
    ['basic-living', '窗户推不开', 'handyman-volunteers'],
    ['basic-living', '老了做不动饭了', 'meals-xfl-south'],
  ] as const)('%s: "%s" reaches %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});
