// Where an out-of-scope word stands: an errand done, a place the resident was, a show watched or
// who told the resident is the story around a need (blanked for the out-of-scope check); the
// same word in the ask, in a purchase, or as the whole need still sends the need to staff.
import { describe, expect, it } from 'vitest';
import { withoutStoryAround } from '../../../electron/services/matching/outOfScopeStory.js';
import { ask, demoMatcher } from './demoMatcher.js';

describe('withoutStoryAround', () => {
  it.each([
    ['an errand done, clause by clause', '上午去邮局寄信，回来发现家里停电了', '邮局'],
    ['a trip up to the coming back', '坐出租车回来看见楼道灯坏了', '出租车'],
    ['the moment of an errand', '去商场逛的工夫，家里水管爆了', '商场'],
    ['where the resident was', '在飞机上坐了一宿，腿肿了', '飞机'],
    ['a show watched', '看综艺节目的时候灯突然灭了，保险丝烧了', '综艺'],
    ['who told the resident', '外卖员说楼道里的灯坏了', '外卖'],
    ['a pet before a place of the home', '养了只狗，地上全是毛，想找人打扫', '狗'],
  ])('%s: "%s" loses %s', (_kind, text, word) => {
    expect(withoutStoryAround(text)).not.toContain(word);
  });

  it.each([
    ['the whole need', '坐地铁回来'],
    ['a clause that asks', '去银行怎么走，腿脚不好'],
    ['a purchase told', '在超市买的面包长毛了，能退吗'],
    ['the last clause', '腿脚不好，想去旅游'],
    ['money deposited', '在银行存的定期，想问问利息'],
    ['a date reached, no trip', '到期的存款，想找人帮我弄'],
    ['a pet still the subject', '养了只兔子，不爱吃东西'],
    ['a demand told', '外卖员说得加五块钱才送上楼'],
  ])('%s: "%s" is kept whole', (_kind, text) => {
    expect(withoutStoryAround(text)).toBe(text);
  });
});

describe('out-of-scope words in the story', () => {
  it('an errand to the post office before a burst pipe is the plumbers’', () => {
    const answer = demoMatcher.answer(
      ask('basic-living', '上午去邮局寄信，回来发现厨房水管爆了'),
      3,
    );
    expect(answer.results[0]?.resource.id).toBe('repair-team');
  });

  it('the errand itself asked for still goes to staff', () => {
    const answer = demoMatcher.answer(ask('basic-living', '去邮局寄信要带什么'), 3);
    expect(answer.outcome).toBe('for-staff');
  });
});

describe('the ask after a story of circumstances', () => {
  it('a request put as "is there anyone who…" after a family gone abroad is still the ask', () => {
    const answer = demoMatcher.answer(
      ask('basic-living', '闺女出国了，家里就我，有没有人来帮忙打扫'),
      3,
    );
    expect(answer.outcome).toBe('matched');
  });

  it('a shop to open after something sold in the story is the start-up mentors’', () => {
    const answer = demoMatcher.answer(ask('education-employment', '老家的地卖了，想开个小卖部'), 3);
    expect(answer.results[0]?.resource.id).toBe('startup-mentors');
  });

  it('something to sell, asked, still goes to staff', () => {
    const answer = demoMatcher.answer(ask('basic-living', '想把旧冰箱卖了，有没有人收'), 3);
    expect(answer.outcome).toBe('for-staff');
  });
});

describe('the story reading, second round', () => {
  it.each([
    ['a show watched to its end', '看完晚会准备睡觉，屋里灯不亮了', '晚会'],
    ['money lost on the markets', '买基金亏了好些钱，天天睡不着', '基金'],
  ])('%s: "%s" loses %s', (_kind, text, word) => {
    expect(withoutStoryAround(text)).not.toContain(word);
  });

  it('a bare "what now?" after the story keeps the story as the need', () => {
    expect(withoutStoryAround('炒股亏了好多，咋办')).toBe('炒股亏了好多，咋办');
  });

  it('a thing bought online and sent back is the shop’s', () => {
    const answer = demoMatcher.answer(ask('basic-living', '在网上买的水壶漏水，想退掉'), 3);
    expect(answer.outcome).toBe('for-staff');
  });

  it('a neighbour’s shop is no start-up of the resident’s', () => {
    const answer = demoMatcher.answer(
      ask('safety-emergency', '对门开了个小卖部，货箱子堆满楼道'),
      3,
    );
    expect(answer.results[0]?.resource.id).not.toBe('startup-mentors');
  });
});

describe('a story that is the need itself', () => {
  it.each([
    ['the show asked about', '看完连续剧，想知道下一集几号播'],
    ['an errand that did not settle it', '去营业厅跑了一趟，网还是连不上'],
    ['the place of the story pointed back to', '去火锅店吃饭的时候，服务员把汤洒我身上了'],
    ['a thing left in the vehicle', '坐出租车回来，伞落车里了'],
  ])('%s: "%s" is kept whole', (_kind, text) => {
    expect(withoutStoryAround(text)).toBe(text);
  });
});

describe('who and where in the story, reread', () => {
  it('medicine the hospital gave, running out, is the pharmacy’s, not an escort', () => {
    const answer = demoMatcher.answer(ask('health-medical', '医院拿回来的胃药吃完了，想再买点'), 3);
    expect(answer.results[0]?.resource.id).toBe('pharmacy');
  });

  it('something heard on television is no set to fix', () => {
    const answer = demoMatcher.answer(ask('health-medical', '电视上讲的降压偏方，能不能信'), 3);
    expect(answer.results.map((result) => result.resource.id)).not.toContain('handyman-volunteers');
  });

  it('the movers who came and went left rubbish, not a removals question', () => {
    expect(withoutStoryAround('搬家公司来过了，楼下堆了一堆旧家具')).not.toContain('搬家公司');
  });
});
