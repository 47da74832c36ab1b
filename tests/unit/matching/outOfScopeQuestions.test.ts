// Questions no community service answers, known by their form: each pattern sends its question
// to staff, and the in-scope needs that look alike (buying medicine, a shop opened with the
// start-up mentors, a meal delivered) stay with their services.
import { describe, expect, it } from 'vitest';
import { asksWhatNoServiceDoes } from '../../../electron/services/matching/outOfScopeQuestions.js';
import { ask, demoMatcher } from './demoMatcher.js';

describe('asksWhatNoServiceDoes', () => {
  it.each([
    ['where to buy a thing', '想换个新冰箱，哪里买便宜'],
    ['which shop sells it', '有没有卖自行车打气筒的'],
    ['which shop is best', '哪家烤鸭好吃'],
    ['which seller makes it best', '家里想装个新热水器，哪家的质量好'],
    ['where a shop is', '附近有没有打印店'],
    ['where a bank is', '工商银行在哪'],
    ['a recipe', '饺子馅怎么调才好吃'],
    ['a recipe, by its name', '想要个糖醋排骨的做法'],
    ['the kiosk as a person', '你叫什么名字'],
    ['the calendar', '今天星期几'],
    ['a draw', '大乐透什么时候开奖'],
    ['what the kiosk can do', '你会不会跳舞'],
    ["a holiday's date", '中秋节是哪天'],
    ['English', 'where can i buy a bike pump'],
    ['wanting to buy a thing', '想买台跑步机'],
    ['wanting to buy, in English', 'i want to buy a secondhand sofa'],
    ['looking to buy, in English', "i'm looking to buy a bike"],
  ])('%s: "%s" is out of scope', (_kind, text) => {
    expect(asksWhatNoServiceDoes(text)).toBe(true);
  });

  it.each([
    ['buying medicine', '哪里能买到降压药'],
    ['medicine, in English', 'where can i buy my pills'],
    ['opening a shop', '想开个小卖部，要办什么手续'],
    ['where the pharmacy is', '附近有没有药店'],
    ['where a library is', '附近有没有图书馆'],
    ['a meal delivered', '做不了饭，能送饭吗'],
    ['a repair with its price', '冰箱坏了，修一下要多少钱'],
    ['a festival at the centre', '中秋节社区有活动吗'],
    ['asking the kiosk for help', '你会帮我找人修水管吗'],
    ['help with the shopping', '能不能帮我买点菜'],
    ["a story's errand", '出门买菜的时候把钥匙丢了'],
    ['help with shopping, in English', 'i need to buy food but cannot walk to the shop'],
  ])('%s: "%s" is not', (_kind, text) => {
    expect(asksWhatNoServiceDoes(text)).toBe(false);
  });

  it('counts a money product even when it is asked about on a phone', () => {
    const answer = demoMatcher.answer(ask('education-employment', '怎么在手机上买股票'), 3);
    expect(answer.outcome).toBe('for-staff');
  });

  it('sends such a question to staff even when a word of it is known', () => {
    const answer = demoMatcher.answer(ask('basic-living', '想换个新冰箱，哪里买便宜'), 3);
    expect(answer.outcome).toBe('for-staff');
    expect(answer.results).toEqual([]);
  });

  it("sends another office's business to staff", () => {
    const answer = demoMatcher.answer(ask('education-employment', '想给我的发明申请个专利'), 3);
    expect(answer.outcome).toBe('for-staff');
  });

  it.each(['每天得打针，可我去不了医院', '脚上的伤口要换药，没法去医院'])(
    'reads "cannot get to hospital" as help at home, not an escort: "%s"',
    (text) => {
      const ids = demoMatcher
        .answer(ask('health-medical', text), 3)
        .results.map((r) => r.resource.id);
      expect(ids[0]).toBe('home-nursing');
      expect(ids).not.toContain('escort-volunteers');
    },
  );
});

describe('families a front desk refers elsewhere (issue 15, the twenty-fifth batch)', () => {
  const outcome = (category: Parameters<typeof ask>[0], text: string) =>
    demoMatcher.answer(ask(category, text), 3).outcome;

  it('leaves the community hospital’s hours with the community', () => {
    expect(outcome('health-medical', '社区医院周六开不开门')).toBe('matched');
  });

  it.each([
    ['choosing a brand', 'basic-living', '洗衣机买啥牌子的耐用'],
    ['choosing a far hospital', 'health-medical', '北京看心脏哪家医院最厉害'],
    ['choosing a university', 'education-employment', '外孙报哪所大学好'],
    ['a far hospital’s hours', 'health-medical', '人民医院星期天开不开门'],
    ['a bank’s hours', 'basic-living', '银行几点关门'],
    ['pay owed by an employer', 'education-employment', '以前的老板欠我半年工资不给'],
    ['a lawsuit', 'safety-emergency', '跟亲戚借钱不还，想去法院起诉'],
    ['traffic outside the estate', 'safety-emergency', '路口的信号灯不亮了'],
    ['a parking ticket', 'safety-emergency', '车停门口被贴条了'],
    ['a national exam', 'education-employment', '孙女明年高考，想问问怎么填志愿'],
    ['a tax', 'education-employment', '卖房子要交多少税，所得税怎么算'],
    ['a weather question', 'social-cultural', '后天会不会下雪'],
    ['a weather question, said short', 'safety-emergency', '明天降温吗'],
    ['glasses', 'health-medical', '老花镜度数不够了，想重新配眼镜'],
    ['a purchase online', 'health-medical', '想在网上给老伴买个血糖仪'],
    ['a bank’s own business', 'basic-living', '存折上的钱想转到儿子卡上，要去银行开户吗'],
    ['a phone company’s', 'basic-living', '想给老伴办张电话卡'],
    ['a bus route', 'health-medical', '去肿瘤医院的末班车几点'],
    ['a shop’s refund', 'basic-living', '电饭锅买了三天就坏了，商家不给退款'],
    ['buying a flat', 'education-employment', '想在孙子学校旁边买套学区房'],
    ['a redundancy payment', 'education-employment', '厂里裁员，给的补偿金太少了'],
    ['nothing asked at all', 'health-medical', '没什么事，随便点点'],
    ['a phone bill, in English', 'basic-living', 'how do i pay my phone bill'],
    ['the weather asked, in English', 'social-cultural', 'is it going to rain this weekend'],
    ['study abroad, in English', 'education-employment', 'my granddaughter wants to study abroad'],
    ['pay owed, in English', 'education-employment', 'my last employer owes me three months pay'],
    ['the way to a hospital', 'health-medical', '坐公交车去人民医院怎么走'],
    ['a phone bill unpaid', 'basic-living', '老伴的手机欠费停机了'],
    ['the housing fund', 'education-employment', '女儿想把公积金提出来'],
    ['a marriage registration', 'education-employment', '孙子下个月去办结婚登记，要带啥'],
    ['a park’s hours', 'social-cultural', '国庆节公园开不开门'],
    ['matchmaking for a widower', 'social-cultural', '老伴走了好几年，想再找个老伴'],
    ['the kiosk asked to entertain', 'social-cultural', '闷死了，你给我讲个故事吧'],
  ] as const)('%s, under %s: "%s" goes to staff', (_kind, category, text) => {
    expect(outcome(category, text)).toBe('for-staff');
  });

  it.each([
    [
      'the weather as why a home needs sandbags',
      'safety-emergency',
      '听天气预报说要下暴雨，门口要不要垒沙袋',
      'disaster-supplies',
    ],
    [
      'the weather as why radiators matter',
      'basic-living',
      '明天降温了，暖气还是不热',
      'gas-heating-station',
    ],
    [
      'a lawsuit threatened against a neighbour',
      'safety-emergency',
      '跟楼下邻居为占车位吵了好几回，想去法院起诉他',
      'mediation-room',
    ],
    [
      'an exam as why a child needs tutoring',
      'education-employment',
      '孙子要高考了，数学跟不上，想找人补补',
      'tutoring-volunteers',
    ],
    [
      'a trip as why one learns photography',
      'social-cultural',
      '明年想去旅游，想先学学拍照',
      'interest-groups',
    ],
    [
      'a rider charging in the stairwell',
      'safety-emergency',
      '送外卖的天天在楼道给电瓶车充电',
      'fire-station',
    ],
    [
      'a courier piling boxes in the stairwell',
      'basic-living',
      '送快递的天天把纸箱子堆在楼道口',
      'fire-station',
    ],
    [
      'a restaurant’s rubbish at the door',
      'basic-living',
      '街口那家火锅店的垃圾堆在我们楼下',
      'rubbish-team',
    ],
    ['a bank’s app, learned', 'education-employment', '手机银行怎么用，想学学', 'smartphone-class'],
    ['a ride to the doctor', 'health-medical', '想找个人陪我打车去医院复查', 'escort-volunteers'],
    ['a phone scam', 'safety-emergency', '昨天又接到电信诈骗的电话，想问问怎么防', 'police-room'],
    [
      'learning to buy a ticket on the phone',
      'education-employment',
      '想学用手机买高铁票',
      'smartphone-class',
    ],
  ] as const)('%s, under %s: "%s" stays with its service', (_kind, category, text, expected) => {
    const answer = demoMatcher.answer(ask(category, text), 3);
    expect(answer.outcome).toBe('matched');
    expect(answer.results.map((result) => result.resource.id)).toContain(expected);
  });
});

// The families the first round did not hold, probed in words of this helper's own, beyond the
// thirtieth batch (issue 15, "nothing fits", second round).
describe('the second round of out-of-scope families', () => {
  it.each([
    ['social-cultural', '昨晚梦见掉牙了，是啥意思'],
    ['social-cultural', '帮我看看今年犯不犯太岁'],
    ['basic-living', '买的鸡蛋一半是臭了的，能退吗'],
    ['basic-living', '菜市场那家卖菜的短斤少两'],
    ['social-cultural', '想跟团去桂林玩几天'],
    ['basic-living', '家里网总断，电视剧都看不了'],
    ['basic-living', '有线电视费去哪里交'],
    ['education-employment', '手机老没信号'],
    ['basic-living', '移动的套餐太坑了'],
    ['education-employment', '舞蹈培训班想退费'],
    ['social-cultural', '游泳年卡办了没去几次，能退吗'],
    ['basic-living', '车险理赔怎么这么慢'],
    ['basic-living', '电动车上牌照去哪'],
    ['education-employment', '老伴走了，存款怎么取出来'],
    ['education-employment', '立遗嘱要找谁'],
    ['education-employment', '想离婚，要带什么证件'],
    ['education-employment', '女儿在国外，想办个探亲签证'],
  ] as const)('%s: "%s" goes to staff', (category, text) => {
    expect(demoMatcher.answer(ask(category, text), 3).outcome).toBe('for-staff');
  });

  it.each([
    ['safety-emergency', '兄弟几个为遗产吵翻了', 'mediation-room'],
    ['social-cultural', '老两口天天吵，闹着要离婚', 'mediation-room'],
    ['health-medical', '儿子离婚了，孙子归了女方，我想不开', 'counselling-room'],
    ['safety-emergency', '私家车堵了消防通道', 'fire-station'],
    ['basic-living', '楼下店家油烟太大', 'mediation-room'],
    ['basic-living', '电梯停机了，上不去楼', 'property-xfl-north'],
    ['education-employment', '社保卡丢了要补卡', 'service-hall'],
    ['social-cultural', '社区演出怎么订票', 'culture-centre'],
    ['basic-living', '垃圾转运站太臭', 'rubbish-team'],
    ['safety-emergency', '楼里的灭火器过期好几年了', 'fire-station'],
  ] as const)('%s: "%s" still reaches %s', (category, text, expected) => {
    const ids = demoMatcher.answer(ask(category, text), 3).results.map((r) => r.resource.id);
    expect(ids).toContain(expected);
  });
});
