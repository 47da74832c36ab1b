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
