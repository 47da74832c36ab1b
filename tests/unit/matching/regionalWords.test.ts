// Hong Kong and Taiwan words read as the mainland words the matcher and the danger reader know:
// after Traditional characters fold, written Cantonese grammar and regional names are replaced,
// the longest regional word first, and mainland text is left as it was.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../../electron/services/matching/fold.js';
import { regionalWordGroups } from '../../../electron/services/matching/regionalWords.js';
import { demoMatcher } from './demoMatcher.js';

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
