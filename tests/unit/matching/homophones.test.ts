// Homophone typos: a stretch of the text that sounds like a known term and shares a character
// with it in place counts as the term; front and back nasals sound alike (招平 is 招聘), flat and
// curled sibilants do not (个月少发 is no 月嫂), a shared particle is no shared character, and a
// stretch that cuts a real word (配钥|匙) is no typo.
import { describe, expect, it } from 'vitest';
import {
  HomophoneIndex,
  pinyinSyllablesOf,
} from '../../../electron/services/matching/homophones.js';

describe('homophone index', () => {
  const index = new HomophoneIndex(['招聘', '月嫂', '煤气', '淹了', '配药', '昏倒']);

  it('reads a typed homophone as the term it sounds like', () => {
    expect(index.find('闻到煤汽味')).toEqual(new Map([['煤气', '煤汽']]));
  });

  it('hears front and back nasals alike', () => {
    expect(index.find('有没有招平的')).toEqual(new Map([['招聘', '招平']]));
  });

  it('hears l and n alike, and f and hu, as speakers who merge them type them', () => {
    const merged = new HomophoneIndex(['老人', '发烧', '路灯', '飞机']);
    expect(merged.find('脑人摔了')).toEqual(new Map([['老人', '脑人']]));
    expect(merged.find('老伴化烧了')).toEqual(new Map([['发烧', '化烧']]));
    expect(merged.find('楼道怒灯坏了')).toEqual(new Map([['路灯', '怒灯']]));
    expect(merged.find('坐灰机去')).toEqual(new Map([['飞机', '灰机']]));
  });

  it('writes a typo of what no service does right, and only a plain one', () => {
    const plain = new HomophoneIndex([]);
    expect(plain.readPinyin('俺想订个外麦')).toBe('俺想订个外卖');
    expect(plain.readPinyin('想买张火车飘')).toBe('想买张火车票');
    expect(plain.readPinyin('小区里发传单')).toBe('小区里发传单');
    expect(plain.readPinyin('离家近点的')).toBe('离家近点的');
    expect(plain.readPinyin('外壁漏水了')).toBe('外壁漏水了');
  });

  it('keeps flat and curled sibilants apart, and particles out', () => {
    expect(index.find('这个月少发了二百')).toEqual(new Map());
    expect(index.find('屋里烟了')).toEqual(new Map());
  });

  it('never cuts a real word, though a particle glued to one does not count', () => {
    // 配钥 sounds like 配药, but 钥匙 is a word: a key is cut, not medicine typed.
    expect(index.find('哪儿能配钥匙')).toEqual(new Map());
    expect(index.find('我爸昏到了')).toEqual(new Map([['昏倒', '昏到']]));
  });
});

describe('pinyin typed without tones', () => {
  const index = new HomophoneIndex(['停电', '没电', '摔倒', '起不来', '水管', '漏水']);

  it('reads the syllables as the terms they sound like, the rest as typed', () => {
    expect(index.readPinyin('ting dian le, quan jia mei dian')).toBe('停电 le, quan jia 没电');
    expect(index.readPinyin('ma ma shuai dao le qi bu lai')).toBe('妈妈摔倒 le 起不来');
    expect(index.readPinyin('shui guan lou shui le')).toBe('水管漏水 le');
  });

  it('reads a term by its reading in context, and a danger word before a look-alike', () => {
    const withDanger = new HomophoneIndex(['找活', '家里', '着火'], ['着火']);
    expect(withDanger.readPinyin('jia li zhao huo le')).toBe('家里着火 le');
    expect(new HomophoneIndex(['找活']).readPinyin('wo zhao huo gan')).toBe('wo 找活 gan');
  });

  it('leaves English alone, though some of its words are syllables', () => {
    expect(index.readPinyin('she can not stand up, the water pipe leaks')).toBe(
      'she can not stand up, the water pipe leaks',
    );
    expect(index.readPinyin('停电了')).toBe('停电了');
  });

  it('cuts a word typed with its syllables joined, as pinyin writes words', () => {
    expect(pinyinSyllablesOf('guangchangwu')).toEqual(['guang', 'chang', 'wu']);
    expect(pinyinSyllablesOf('nuanqi')).toEqual(['nuan', 'qi']);
    expect(pinyinSyllablesOf('zhuangxiang')).toEqual(['zhuang', 'xiang']);
    // No syllable after the first opens with a vowel (the apostrophe rule): fan gan, not fang an.
    expect(pinyinSyllablesOf('fangan')).toEqual(['fan', 'gan']);
    expect(pinyinSyllablesOf('lv')).toEqual(['lü']);
    expect(pinyinSyllablesOf('toilet')).toBeNull();
    expect(index.readPinyin('shuiguan loushui le')).toBe('水管漏水 le');
    expect(index.readPinyin('tingdian le, quanjia meidian')).toBe('停电 le, quanjia 没电');
  });

  it('reads a term inside a joined word or over whole words, never over part of one', () => {
    const joined = new HomophoneIndex(['课题', '水管']);
    // ma ke ti me: 课题 would take half of each word.
    expect(joined.readPinyin('make time')).toBe('make time');
    expect(joined.readPinyin('shuiguanhuaile')).toBe('水管 huai le');
  });

  it('reads everyday words before a service word of the same sound, a danger word first', () => {
    const terms = new HomophoneIndex(['处方', '可疑', '着火', '找活'], ['着火']);
    expect(terms.readPinyin('chufang loushui le')).toBe('厨房 loushui le');
    expect(terms.readPinyin('nali keyi xue')).toBe('那里可以 xue');
    expect(terms.readPinyin('chufang zhaohuo le')).toBe('厨房着火 le');
    // Written right, an everyday word is no typo: 可以 is "may", not 可疑.
    expect(terms.find('哪里可以下棋')).toEqual(new Map());
  });

  it('reads what no service does too, so the text says it (a pet, a ticket, eating out)', () => {
    const bare = new HomophoneIndex([]);
    expect(bare.readPinyin('wo de gou diu le')).toBe('我的狗 diu le');
    expect(bare.readPinyin('xiang mai huoche piao')).toBe('xiang mai 火车票');
  });

  it('reads pinyin with its tone marks or tone numbers as without them', () => {
    expect(index.readPinyin('shuǐguǎn lòushuǐ le')).toBe('水管漏水 le');
    expect(index.readPinyin('ting2 dian4 le')).toBe('停电 le');
    expect(index.readPinyin('room 302, covid19')).toBe('room 302, covid19');
  });
});
