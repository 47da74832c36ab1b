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
