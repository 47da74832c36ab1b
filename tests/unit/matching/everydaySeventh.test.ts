// Fresh phrasings of the seventh everyday pass (calm safety needs, health needs told as a
// circumstance), written as probes beyond the thirty-first batch: each reaches the service a
// front desk would send it to, or staff when nothing in the community does it.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');
const matcher = demoMatcher();
const answer = (category: CategoryId, description: string) =>
  matcher.answer({ category, needId: null, description, gridId: null, at }, 3);
const first = (category: CategoryId, description: string) =>
  answer(category, description).results[0]?.resource.id;

describe('everyday words, seventh pass (calm safety needs, health needs as circumstances)', () => {
  it.each([
    ['safety-emergency', '我放在车棚里的三轮车叫人给推走了', 'police-room'],
    ['safety-emergency', '前几天菜市场手机让人摸走了，想报个案', 'police-room'],
    ['safety-emergency', '我捡到一个钱包，里面有身份证', 'police-room'],
    ['safety-emergency', '晚上十点以后小区里一个人都没有，能不能有人巡逻', 'patrol-volunteers'],
    ['safety-emergency', '楼梯间的声控灯拍手也不亮，黑咕隆咚的', 'property-xfl-north'],
    ['safety-emergency', '隔壁家的狗从来不拴，见了孩子就追', 'mediation-room'],
    ['safety-emergency', '有人遛大狗不牵绳，我老伴被吓得腿软', 'mediation-room'],
    ['safety-emergency', '家里用了好多年的插排，发烫，想找人看看', 'fire-station'],
    ['safety-emergency', '燃气表显示没气了，卡里明明有钱', 'gas-heating-station'],
    ['safety-emergency', '楼上漏水到我家，他家不承认，想找人调解', 'mediation-room'],
    ['health-medical', '去医院看病要排好长的队，我腿站不了那么久', 'escort-volunteers'],
    ['health-medical', '我腿脚不好得拄着助行器，想找人陪着去复查', 'escort-volunteers'],
    [
      'health-medical',
      '我血压高好几年了，每个月都要去医院开药，儿女都上班，没人陪我去，排队太累',
      'escort-volunteers',
    ],
    ['health-medical', '要人陪我去一院看病', 'escort-volunteers'],
    ['health-medical', '上次吃错药进过医院，想找人帮我把药分好', 'pharmacy'],
    ['health-medical', '药太多了老搞混，能不能有人帮我分一分', 'pharmacy'],
    ['health-medical', '好几年没查过身体了，想抽个血看看', 'health-station'],
    ['health-medical', '白天家里没人，我爸有点糊涂，想找个地方照看他', 'day-care-centre'],
    ['health-medical', '家里老人离不开人，我想出去办点事，能托管几个钟头吗', 'day-care-centre'],
    ['basic-living', '抽油烟机不吸烟了，一做饭满屋油烟', 'handyman-volunteers'],
    ['safety-emergency', '楼上装修电钻一响一上午，我这心脏受不了', 'mediation-room'],
    ['basic-living', '楼上装修电钻一响一上午，我这心脏受不了', 'mediation-room'],
    ['basic-living', '楼上装修垃圾堆在楼道里没人清', 'rubbish-team'],
  ] as const)('%s: "%s" → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });

  it('sends a locksmith to staff, and a lift that stopped to the lift', () => {
    expect(answer('safety-emergency', '钥匙丢了进不去家门，哪儿能找个开锁的').outcome).toBe(
      'for-staff',
    );
    expect(answer('basic-living', '电梯停机了，上不去楼').outcome).toBe('matched');
  });

  it('does not read a walk of a resident’s own as a patrol wanted', () => {
    expect(first('social-cultural', '退休了想出去走走看看')).not.toBe('patrol-volunteers');
    expect(first('health-medical', '医生让我每天多走走')).not.toBe('patrol-volunteers');
  });

  it('keeps a stray dog and a lost parcel out of scope', () => {
    expect(answer('safety-emergency', '有条流浪狗老在门口转悠，吓人').outcome).toBe('for-staff');
    expect(answer('safety-emergency', '小区里有只流浪狗，挺可怜的').outcome).toBe('for-staff');
    expect(answer('basic-living', '快递丢了，快递公司不管').outcome).toBe('for-staff');
  });
});
