// Hong Kong and Taiwan words read as the mainland words the matcher and the danger reader know:
// after Traditional characters fold, written Cantonese grammar and regional names are replaced,
// the longest regional word first, and mainland text is left as it was.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../../electron/services/matching/fold.js';
import { regionalWordGroups } from '../../../electron/services/matching/regionalWords.js';
import { ask, demoMatcher } from './demoMatcher.js';

describe('regional words', () => {
  it('reads written Cantonese as Putonghua', () => {
    expect(foldToSimplified('屋企水喉漏水，滴咗成晚')).toBe('家里水龙头漏水，滴了成晚');
    expect(foldToSimplified('升降機壞咗，冇人理')).toBe('电梯坏了，没人理');
    expect(foldToSimplified('樓下嗰個滅火筒過咗期')).toBe('楼下那个灭火器过了期');
  });

  it('takes the longest regional word where several start', () => {
    expect(foldToSimplified('廁所塞咗')).toBe('厕所堵了');
    expect(foldToSimplified('冷氣機滴水')).toBe('空调滴水');
  });

  it('reads 冇 before a thing as 没, and 晒 and 吓 after a word as "all" and "a bit"', () => {
    expect(foldToSimplified('冇水冇電')).toBe('没水没电');
    expect(foldToSimplified('啲燈壞晒')).toBe('些灯全坏了');
    expect(foldToSimplified('教吓我點用')).toBe('教一下我怎么用');
    expect(foldToSimplified('晒衫')).toBe('晒衫');
    expect(foldToSimplified('成屋都係煙')).toBe('满屋都是烟');
    expect(foldToSimplified('联系关系')).toBe('联系关系');
  });

  it('reads Hong Kong and Taiwan names for games, benefits and services', () => {
    expect(foldToSimplified('想捉棋同打麻雀')).toBe('想下棋同打麻将');
    expect(foldToSimplified('藥局可唔可以送藥到府')).toBe('药房可不可以送药上门');
    expect(foldToSimplified('申請長者生活津貼')).toBe('申请长者生活补贴');
  });

  it('leaves mainland text alone', () => {
    expect(foldToSimplified('电饭煲坏了，想找钟点工')).toBe('电饭煲坏了，想找钟点工');
  });

  // Written fresh for these tests (not taken from the labelled needs): mainland dialects.
  it('reads mainland dialect words and handwriting look-alikes as Putonghua', () => {
    expect(foldToSimplified('屋头莫得人煮饭')).toBe('家里没有人煮饭');
    expect(foldToSimplified('脑壳痛，不巴适')).toBe('头痛，不舒服');
    expect(foldToSimplified('侬好，阿拉屋里厢停电了伐')).toBe('你好，我们家里停电了吗');
    expect(foldToSimplified('樓下的樹要砍伐')).toBe('楼下的树要砍伐');
    expect(foldToSimplified('阮厝的電燈袂亮')).toContain('我家');
    expect(foldToSimplified('想找一個頭路')).toBe('想找一个工作');
    expect(foldToSimplified('药己经吃完了，还末去买')).toBe('药已经吃完了，还未去买');
    expect(foldToSimplified('想找份工作')).toBe('想找份工作');
    expect(foldToSimplified('洗衫機壞咗')).toBe('洗衣机坏了');
    expect(foldToSimplified('學太極，哪疙瘩有')).toBe('学太极，哪里有');
    expect(foldToSimplified('没得热水，没得说')).toBe('没有热水，没得说');
  });

  it('reads 輔導 in Traditional characters as counselling, unless study or work is named', () => {
    expect(foldToSimplified('心情唔好，想搵人輔導下')).toContain('心理辅导');
    expect(foldToSimplified('壓力好大，想見輔導員')).toContain('心理辅导员');
    expect(foldToSimplified('孫仔功課跟唔上，要人輔導')).not.toContain('心理');
    expect(foldToSimplified('想搵人輔導下點樣搵工')).not.toContain('心理');
    expect(foldToSimplified('孩子作业要人辅导')).toBe('孩子作业要人辅导');
  });

  it.each([
    ['basic-living', '屋头灯泡烧了，莫得人帮我换', 'repair-team'],
    ['health-medical', '我姆妈脑壳昏，想看医生', 'health-station'],
    ['social-cultural', '阿拉想寻人一道打牌', 'activity-room-heping'],
    ['education-employment', '阮阿弟想要找頭路', 'employment-station'],
    ['social-cultural', '周末莫得啥子好耍的，想找个地方耍', 'activity-room-heping'],
    ['education-employment', '退休了想开个小馆子', 'startup-mentors'],
    ['health-medical', '最近情緒好差，想搵輔導員傾吓', 'counselling-room'],
  ] as const)('%s: "%s" goes first to %s', (category, description, first) => {
    expect(demoMatcher.answer(ask(category, description), 3).results[0]?.resource.id).toBe(first);
  });

  it('gives every word group a source', () => {
    for (const group of regionalWordGroups) expect(group.source.length).toBeGreaterThan(10);
  });

  // Written fresh for this test (not taken from the labelled needs): danger in written Cantonese.
  it.each([
    ['阿嫲喺廁所跌低咗，起唔到身', 'fall'],
    ['阿婆喺街度仆低咗', 'fall'],
    ['佢暈咗', 'medical'],
    ['阿爺抽筋，口吐白泡', 'medical'],
    ['佢透唔到氣', 'medical'],
    ['有賊入屋', 'break-in'],
    ['俾人呃錢，佢叫我即刻過數', 'fraud'],
    ['阿媽行開咗到而家都未返', 'missing'],
    ['個細路唔見咗', 'missing'],
    ['火燭呀', 'fire'],
    ['阿爸話心口痛到唔郁得', 'medical'],
    ['個煲燶咗，成屋都係煙', 'fire'],
  ])('hears the danger in %s', (description, kind) => {
    expect(demoMatcher.danger(description, null)?.kinds).toContain(kind);
  });

  it.each(['後樓梯堆滿雜物，好易火燭', '小心火燭', '我頭暈咗成日'])(
    'stays calm at %s',
    (description) => {
      expect(demoMatcher.danger(description, null)).toBeNull();
    },
  );
});
