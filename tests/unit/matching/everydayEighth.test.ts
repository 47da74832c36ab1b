// Fresh phrasings of the eighth everyday pass (the round of the 47th batch: needs told in the
// words elderly residents really use), written as probes beyond that batch's cases: each reaches
// the service a front desk would send it to.
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../../electron/services/matching/fold.js';
import { demoMatcher } from '../../bench/matchingQuality.js';

const at = new Date('2025-03-05T02:00:00Z');
const matcher = demoMatcher();
const first = (category: CategoryId, description: string) =>
  matcher.answer({ category, needId: null, description, gridId: null, at }, 3).results[0]?.resource
    .id;

describe('everyday words, eighth pass: old names of household appliances', () => {
  it.each([
    ['basic-living', '家里的录音机不转了', 'handyman-volunteers'],
    ['basic-living', '老式收音机没声了', 'handyman-volunteers'],
    ['basic-living', '戏匣子坏了听不了评书', 'handyman-volunteers'],
    ['basic-living', '电熨斗不热了', 'handyman-volunteers'],
    ['basic-living', '电热毯不发热了', 'handyman-volunteers'],
    ['basic-living', '缝纫机踩不动了', 'handyman-volunteers'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });

  it('still reads a fever as a fever and cold heating as the heating', () => {
    expect(first('health-medical', '孩子不发热了但还咳嗽')).toBe('health-station');
    expect(first('basic-living', '暖气不热了')).toBe('gas-heating-station');
  });
});

describe('everyday words, eighth pass: written Cantonese for comings and goings', () => {
  it('reads the time of day, not being back, strangers and looking for work as Putonghua', () => {
    expect(foldToSimplified('阿爸朝早出咗街，到而家仲冇返')).toBe('阿爸早上出了街，到现在仲没回来');
    expect(foldToSimplified('個仔今日冇返工')).toBe('儿子今天没上班');
    expect(foldToSimplified('成日有個生面人喺樓下')).toBe('整天有个陌生人在楼下');
    expect(foldToSimplified('想搵份嘢做')).toBe('想找工作');
  });

  it('hears a parent not back since the morning as someone missing', () => {
    expect(matcher.danger('我老公朝早出去饮茶到而家都冇返，佢有脑退化', null)?.kinds).toContain(
      'missing',
    );
  });

  it.each([
    ['education-employment', '退咗休冇嘢做，想揾啲嘢做', 'employment-station'],
    ['safety-emergency', '成日有个生面人喺停车场度睇车', 'police-room'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});

describe('everyday words, eighth pass: English words for illnesses, bookings and apps', () => {
  it.each([
    ['health-medical', '我妈有diabetes，想测测血糖', 'health-station'],
    ['health-medical', '想book个时间量血压', 'health-station'],
    ['health-medical', '我爸insulin快用完了', 'pharmacy'],
    ['education-employment', '想学用wechat发video', 'smartphone-class'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });

  it('does not read a booked doctor as a library book', () => {
    expect(first('health-medical', '帮我book一个医生看看腿')).not.toBe('community-library');
  });
});

describe('everyday words, eighth pass: a long illness checked on a schedule', () => {
  it.each([
    ['health-medical', '高血压要定期检查，去哪查', ['family-doctor-team', 'health-station']],
    ['health-medical', '我有糖尿病，每个月复查一次', ['family-doctor-team', 'health-station']],
    [
      'health-medical',
      'My husband is diabetic and needs regular check-ups',
      ['family-doctor-team', 'health-station'],
    ],
    ['health-medical', '想找人陪我定期复查', ['escort-volunteers']],
  ] as const)('%s: %s → %s', (category, description, ids) => {
    expect(ids).toContain(first(category, description));
  });
});

describe('everyday words, eighth pass: regional operas are a hobby group', () => {
  it.each([
    ['social-cultural', '我想学黄梅戏', 'interest-groups'],
    ['social-cultural', '楼里有没有唱评剧的老伙伴', 'interest-groups'],
    ['social-cultural', '想学二人转', 'interest-groups'],
    ['social-cultural', '重阳节有没有戏曲演出', 'culture-centre'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});

describe('everyday words, eighth pass: cardboard piled in a stairwell', () => {
  it.each([
    ['safety-emergency', '楼道里堆满了纸箱', 'fire-station'],
    ['safety-emergency', '隔壁把纸壳子堆了一堆在楼梯口', 'fire-station'],
    ['basic-living', '家里纸箱子太多了想扔掉', 'rubbish-team'],
    ['basic-living', '家里堆满了东西，想找人收拾', 'housekeeping-co'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});

describe('everyday words, eighth pass: older names of school subjects', () => {
  it('reads 算术, 英文 and 国文 as the subjects schools name, and leaves 算数 alone', () => {
    expect(foldToSimplified('孫女算術不及格')).toBe('孙女数学不及格');
    expect(foldToSimplified('英文作業')).toBe('英语作业');
    expect(foldToSimplified('他說話算數')).toBe('他说话算数');
  });

  it.each([
    ['education-employment', '孙女算术老是不及格，谁能教教', 'tutoring-volunteers'],
    ['education-employment', '孙子的英文作业我看不懂', 'tutoring-volunteers'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});

describe("everyday words, eighth pass: a building's shared places by their other names", () => {
  it.each([
    ['basic-living', '过道的灯坏了', 'property-xfl-north'],
    ['basic-living', '大堂的门关不上', 'property-xfl-north'],
    ['safety-emergency', '过道里堆满了东西', 'fire-station'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    const ids: readonly string[] =
      id === 'property-xfl-north'
        ? ['property-xfl-north', 'property-xfl-south', 'property-yangguang', 'property-jinxiu']
        : [id];
    expect(ids).toContain(first(category, description));
  });
});

describe('everyday words, eighth pass: a bulb gone that an old person cannot reach', () => {
  it.each([
    ['basic-living', '客厅的灯泡憋了，想找人换', 'handyman-volunteers'],
    ['basic-living', '卧室灯闷了，我上不去换', 'handyman-volunteers'],
    ['basic-living', 'the freezer died and the food is going off', 'handyman-volunteers'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });

  it('does not read climbing stairs as a bulb to change', () => {
    expect(first('safety-emergency', '老人爬不上去楼梯')).not.toBe('handyman-volunteers');
  });
});

describe('everyday words, eighth pass: medicine named for what it treats', () => {
  it.each([
    ['health-medical', '家里退烧药没了，谁能帮我买', 'pharmacy'],
    ['health-medical', '孙子拉肚子，想买点止泻药', 'pharmacy'],
    ['health-medical', 'cough syrup delivered please', 'pharmacy'],
    ['health-medical', '发烧咳嗽好几天了', 'health-station'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});

describe('everyday words, eighth pass: selling to old people by deceit', () => {
  it.each([
    ['safety-emergency', '楼下有人搞讲座忽悠老人买保健品', 'police-room'],
    ['safety-emergency', '小区门口有人卖假药骗老头老太', 'police-room'],
    ['health-medical', '社区有免费体检吗', 'health-station'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});

describe('everyday words, eighth pass: the old names of electrical fittings', () => {
  it.each([
    ['basic-living', '电门坏了', 'repair-team'],
    ['basic-living', '厨房的拉线开关拉不亮了', 'repair-team'],
    ['basic-living', '电插销松了插头老掉', 'repair-team'],
    ['basic-living', '门插销插不上', 'handyman-volunteers'],
  ] as const)('%s: %s → %s', (category, description, id) => {
    expect(first(category, description)).toBe(id);
  });
});

describe('everyday words, eighth pass: Shanghainese for playing, feeling unwell and broken', () => {
  it('reads 白相, 勿适意 and 坏脱 as Putonghua', () => {
    expect(foldToSimplified('想尋個地方白相相')).toBe('想找个地方玩玩');
    expect(foldToSimplified('伊勿適意')).toBe('伊不舒服');
    expect(foldToSimplified('電視機壞脫了')).toBe('电视机坏了');
  });

  it.each([
    ['social-cultural', '想寻个地方白相相', ['activity-room-heping', 'activity-room-xfl-north']],
    ['basic-living', '电视机坏脱了', ['handyman-volunteers']],
    ['education-employment', '手机勿会用', ['smartphone-class']],
  ] as const)('%s: %s → %s', (category, description, ids) => {
    expect(ids).toContain(first(category, description));
  });
});

describe('everyday words, eighth pass: the long aches of bones and joints', () => {
  it.each([
    ['health-medical', '阴天下雨风湿就疼'],
    ['health-medical', '腰上长了骨刺，走不了远路'],
    ['health-medical', 'my arthritis is playing up'],
    ['health-medical', '老胃病又犯了'],
  ] as const)('%s: %s reaches the doctors', (category, description) => {
    expect(['health-station', 'family-doctor-team']).toContain(first(category, description));
  });
});
