// Needs told for someone else and by what the resident can no longer do (the round of the 55th
// batch; grownSynonymsOnBehalf.ts, dangerMissingHabits.ts, dangerCalmLasting.ts), written as
// probes beyond that batch's cases: whom the ask is for does not take the ask, the task someone
// cannot do any more reaches the service that does it, and neither raises a false alarm.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import {
  inabilityOnlyClause,
  lostAbilityGroups,
  lostAbilityReadingGroups,
  onBehalfStretches,
} from '../../../electron/services/matching/grownSynonymsOnBehalf.js';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');
const matcher = demoMatcher();
const answer = (category: CategoryId, description: string) =>
  matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
const first = (category: CategoryId, description: string) =>
  answer(category, description).results[0]?.resource.id;

describe('whom the ask is for', () => {
  it('finds the stretch that says whom, in Chinese and in English', () => {
    expect(onBehalfStretches('帮我外公问问，他家水管爆了')).toEqual(['帮我外公问问']);
    expect(onBehalfStretches('我是替对门问的，她家没暖气')).toEqual(['我是替对门问的']);
    expect(onBehalfStretches('im asking for my mum, she needs a nurse')).toHaveLength(1);
    expect(onBehalfStretches('帮我看看哪里能修电视')).toEqual([]);
  });

  it('does not let the stretch take the ask from the need told after it', () => {
    expect(first('basic-living', '替我外公问一下，厨房水池堵了')).toBe('repair-team');
    expect(first('health-medical', '帮我姑姑问问，她的降压药快没了，能不能送')).toBe('pharmacy');
    // Whoever it is, named in any words: 老丈人 is no listed kin word.
    expect(first('basic-living', '帮我老丈人问问，他家马桶堵了')).toBe('repair-team');
    expect(first('basic-living', "I'm writing for my father, his heating does not work")).toBe(
      'gas-heating-station',
    );
  });
});

describe('a clause of only what someone cannot do is not the ask', () => {
  it('knows such a clause, and not one that names more', () => {
    expect(inabilityOnlyClause.test('她捅不了')).toBe(true);
    expect(inabilityOnlyClause.test('我爬不上去')).toBe(true);
    expect(inabilityOnlyClause.test('黑乎乎的她不敢下楼')).toBe(true);
    expect(inabilityOnlyClause.test('想找人来家里陪我下棋')).toBe(false);
  });

  it('leaves the need told before it first', () => {
    expect(first('basic-living', '下水道堵了，我爸弯不下腰')).toBe('repair-team');
    expect(first('basic-living', '单元门口的楼道灯不亮了，晚上我妈不敢下楼')).toMatch(
      /^property-/u,
    );
  });
});

describe('what someone can no longer do names the service that does it', () => {
  it('reads each task with its inability', () => {
    expect(lostAbilityGroups('我妈现在炒菜越来越吃力')).toContain('basic-living/meals');
    expect(lostAbilityGroups('屋子收拾不动了')).toContain('basic-living/housekeeping');
    expect(lostAbilityGroups('灯管坏了够不到')).toContain('basic-living/small-fix');
    expect(lostAbilityGroups('药盒上的字看不清')).toContain('health-medical/medicine');
    expect(lostAbilityGroups('她已经认不出人了')).toContain('health-medical/elder-care');
    expect(lostAbilityGroups('不认识的人在楼下转')).toEqual([]);
    for (const group of lostAbilityReadingGroups) expect(group).toMatch(/^[a-z-]+\/[a-z-]+$/u);
  });

  it.each([
    ['basic-living', '我爸做菜越来越吃力，有时候干脆不吃', 'meals-xfl-south'],
    ['basic-living', '老太太一个人，屋子收拾不动了', 'housekeeping-co'],
    ['basic-living', '厨房顶上的灯管坏了，我够不到', 'handyman-volunteers'],
    ['health-medical', '胰岛素针我妈自己打不准了', 'home-nursing'],
    ['health-medical', '糖尿病的针我妈自己扎不了', 'home-nursing'],
    ['health-medical', '我爸一个人弄不了降糖针', 'home-nursing'],
    ['health-medical', '我妈自己剪不了脚指甲了', 'home-nursing'],
    ['health-medical', '我爸眼花了，药盒上的字看不清', 'pharmacy'],
    ['health-medical', '想请个大夫来家里给我奶奶看看', 'family-doctor-team'],
    ['health-medical', '我姥爷这两年慢慢认不清人了，白天没人看着', 'day-care-centre'],
    ['social-cultural', '楼下独居的大妈好几天没出门了', 'companion-volunteers'],
    ['social-cultural', '隔壁的老太太这几天都没开过门', 'companion-volunteers'],
    ['basic-living', '我妈老了，被子床单洗不动了', 'housekeeping-co'],
    ['social-cultural', '我妈眼睛不好，看不了电视，天天一个人坐着', 'companion-volunteers'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});

describe('no false alarm for a habit or a lasting state, still one for danger now', () => {
  it('reads company not found and a failing memory told as a habit as calm', () => {
    expect(answer('social-cultural', '我爸想打太极，找不到老师').danger).toBeNull();
    expect(answer('health-medical', '我奶奶老是找不着回家的路').danger).toBeNull();
    expect(
      answer('health-medical', '我妈瘫在床上好几年，起不来，想有人定期上门护理').danger,
    ).toBeNull();
  });

  it('still hears someone gone now and a fall now', () => {
    expect(
      answer('safety-emergency', '找不到我爸了，他早上出去到现在没回来').danger,
    ).not.toBeNull();
    expect(answer('safety-emergency', '找不到老伴了').danger).not.toBeNull();
    expect(answer('health-medical', '我妈刚才摔了一跤，起不来了').danger).not.toBeNull();
    // Told for someone else, danger is still danger, and its answerer still first.
    expect(first('health-medical', '替我爸问一下，他胸口疼得厉害出冷汗')).toBe('emergency-team');
    expect(first('health-medical', '帮对门问的，她家老头摔倒了起不来')).toBe('emergency-team');
  });
});

describe('a failing sense is no broken set', () => {
  it('reads the ears, not the phone, and still a blurred picture as the set', () => {
    expect(first('health-medical', '我爸耳朵背，听不清电话，想去查查耳朵')).toBe('health-station');
    expect(
      answer('basic-living', '电视看不清了').results.map((result) => result.resource.id),
    ).toContain('handyman-volunteers');
  });
});

describe('a clause asking only whom to ask', () => {
  it('leaves the story the need: nothing fits study abroad, a job still finds the station', () => {
    expect(answer('education-employment', '孩子想考研，该问谁').results).toEqual([]);
    expect(first('education-employment', '我孙子下岗了想找工作，找谁问问')).toBe(
      'employment-station',
    );
  });
});
