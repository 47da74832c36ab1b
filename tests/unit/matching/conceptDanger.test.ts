// The concept reader (conceptDanger.ts): a hazard with a sign in any word order, an acute state
// alone, in Chinese, Traditional, homophone typos and English; and calm clauses (the past, a
// course, a bill, a worry) read as no danger. The phrasings here are not in the phrase list, so
// they pass only because the concepts generalise.
import { describe, expect, it } from 'vitest';
import { ConceptDangerReader } from '../../../electron/services/matching/conceptDanger.js';
import { ask, demoMatcher } from './demoMatcher.js';

const reader = new ConceptDangerReader();
const kindsOf = (text: string) => [...new Set(reader.read(text).map((finding) => finding.kind))];

describe('concept reader', () => {
  it.each([
    ['厨房里那个燃气灶一股怪味', 'gas'],
    ['i think the gas is leaking', 'gas'],
    ['插座那边冒出黑烟', 'fire'],
    ['楼道里的电动车烧起来', 'fire'],
    ['smoke everywhere in the hallway', 'fire'],
    ['雨水一下子灌进屋', 'flood'],
    ['窗户被人砸碎', 'break-in'],
    ['a stranger broke the window', 'break-in'],
    ['对方自称法院，要我交保证金', 'fraud'],
    ['he asked me to transfer the deposit', 'fraud'],
    ['老伴胸口闷得慌，直冒冷汗', 'medical'],
    ['my wife is short of breath', 'medical'],
    ['奶奶在卫生间摔得很重', 'fall'],
    ['my father had a fall in the bathroom', 'fall'],
    ['爷爷刚才突然昏了，脸色发白', 'medical'],
    ['有个小偷还在我家楼上', 'break-in'],
    ['对方假冒银行，叫我下载软件', 'fraud'],
    ['烧蜂窝煤的屋里，两个人头晕恶心', 'gas'],
  ] as const)('%s → %s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    '上次摔倒过，想报个防跌倒课程',
    '燃气费怎么交',
    '想学防诈骗知识',
    '楼道里停满了电动车，怕着火',
    '去年骨折了',
    '想坐火车去北京，票怎么买',
    '楼下烧烤店油烟太大',
    '水管爆了',
    'how do i pay the gas bill',
    '孙子让我学手机',
    '晚上小区里有陌生人转悠',
    '我家孩子晕车',
    '股票跌得厉害',
    '我在家贼无聊，现在想找人聊天',
  ])('%s → no danger', (text) => {
    expect(reader.read(text)).toEqual([]);
  });

  it('reads a danger clause after a calm one', () => {
    expect(kindsOf('上次也这样，今天他突然口齿不清')).toEqual(['medical']);
  });
});

describe('concepts through the matcher', () => {
  const kinds = (text: string) =>
    demoMatcher.answer(ask('social-cultural', text), 3).danger?.kinds ?? [];

  it('reads Traditional characters and homophone typos by concept', () => {
    expect(kinds('廚房燃氣灶一股怪味')).toContain('gas');
    expect(kinds('厨房然气一股怪味')).toContain('gas');
  });

  it('puts the emergency resource first for a concept-only danger', () => {
    const answer = demoMatcher.answer(ask('social-cultural', '老伴胸口闷得慌，直冒冷汗'), 3);
    expect(answer.danger?.calls).toEqual(['120']);
    expect(answer.results[0]?.resource.id).toBe('emergency-team');
  });

  it('blanks English near misses before reading concepts, and knocking is no break-in', () => {
    expect(kinds('there is a fire drill today')).toEqual([]);
    expect(kinds('陌生人敲门推销')).toEqual([]);
  });

  it('does not offer the emergency call for a calm clause the phrase list would read', () => {
    expect(
      demoMatcher.answer(ask('health-medical', '上次摔倒过，想报个课程'), 3).danger,
    ).toBeNull();
  });
});

describe('combinations of word classes', () => {
  it.each([
    ['我爸在公园里突然一屁股坐地上就不动了', 'medical'],
    ['老太太刚才还好好的，一下就没知觉了', 'medical'],
    ['my neighbour is lying in the corridor and wont wake up', 'medical'],
    ['我老伴儿脸一边耷拉下来了', 'medical'],
    ['grandma is breathing very fast and cant talk', 'medical'],
    ['孩子吞了一颗纽扣电池', 'medical'],
    ['i smell rotten eggs in the kitchen', 'gas'],
    ['有人在用东西捅我家门锁', 'break-in'],
    ['someone is kicking my door', 'break-in'],
    ['i can hear someone in my flat', 'break-in'],
    ['我刚才把银行卡号和验证码都告诉对方了', 'fraud'],
    ['someone on the phone wants me to buy gift cards', 'fraud'],
    ['theres water all over the floor and its still coming', 'flood'],
    ['楼下有人举着酒瓶追着人打', 'violence'],
    ['我爸抽过去了', 'medical'],
    ['老人被开水烫了，皮都掉了', 'medical'],
    ['厨房的煤气管子裂了', 'gas'],
    ['电视机后面冒火星子，起烟了', 'fire'],
    ['someone sent me a link and took money from my account', 'fraud'],
    ['the basement is full of water', 'flood'],
  ] as const)('%s → %s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it('reads "a~b" as a with b a few characters after it, not further', () => {
    expect(kindsOf('他手上的血止也止不住')).toContain('medical');
    expect(kindsOf('止血贴用完了，想买点，别的都好，就是一直找不住')).toEqual([]);
  });

  it.each([
    'my mum fell last week but she is fine now',
    'i had a fall two years ago',
    '我妈三个月前摔了一跤，想找人上门护理',
    '前几天家里进了小偷，想装个监控',
    '如果有人晕倒了应该怎么做',
    '想找人修抽油烟机，炒菜满屋子烟',
    '我妈说话有点含糊，想找医生看看',
    '老人吃饭容易噎着，想订软一点的饭',
    '想问问银行卡密码忘了怎么办',
    '家里有人吵架吵得我睡不着',
    '燃气报警器没电了一直嘀嘀响',
    '厕所马桶堵了，水都漫出来了',
    '厕所下水慢，老是返味',
    'breathing fast after running, is that normal',
    '我的手机余额少了，是不是扣错了',
    '煤气灶开关松了，想修',
    'someone is kicking a ball against my house',
  ])('%s → no danger', (text) => {
    expect(reader.read(text)).toEqual([]);
  });

  it('still reads a fire named while cooking', () => {
    expect(kindsOf('做饭时油锅着火了')).toEqual(['fire']);
  });
});
