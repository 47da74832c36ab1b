// Ticket and phone numbers are said digit by digit in each language, never as quantities, while
// counts, times and dates stay as they are.
import { describe, expect, it } from 'vitest';
import { speakableText, spellDigits } from '../../../renderer/src/speech/digitSpeech.js';

describe('spellDigits', () => {
  it('says a ticket letter by letter and digit by digit in Simplified Chinese', () => {
    expect(spellDigits('A01-1201-0001', 'zh-CN')).toBe('A 零 一，一 二 零 一，零 零 零 一');
  });

  it('says the same digits in Traditional Chinese', () => {
    expect(spellDigits('A03-1128-0042', 'zh-TW')).toBe('A 零 三，一 一 二 八，零 零 四 二');
  });

  it('says digits as English words, groups apart', () => {
    expect(spellDigits('138 0013 8000', 'en')).toBe(
      'one three eight, zero zero one three, eight zero zero zero',
    );
    expect(spellDigits('a01', 'en')).toBe('A zero one');
  });

  it('says the hidden digits of a masked phone as stars', () => {
    expect(spellDigits('138****5678', 'zh-CN')).toBe('一 三 八 星 星 星 星 五 六 七 八');
    expect(spellDigits('138****5678', 'en')).toBe(
      'one three eight star star star star five six seven eight',
    );
  });
});

describe('speakableText', () => {
  it('spells the ticket inside a sentence and leaves the words around it', () => {
    expect(speakableText('回执号A01-1201-0001，请收好', 'zh-CN')).toBe(
      '回执号 A 零 一，一 二 零 一，零 零 零 一 ，请收好',
    );
    expect(speakableText('Ticket A01-1201-0001.', 'en')).toBe(
      'Ticket A zero one, one two zero one, zero zero zero one .',
    );
  });

  it('spells phones, hotlines and typed ticket digits of five digits or more', () => {
    expect(speakableText('服务热线 010-65781234', 'zh-CN')).toBe(
      '服务热线 零 一 零，六 五 七 八 一 二 三 四',
    );
    expect(speakableText('Call 12345', 'en')).toBe('Call one two three four five');
    expect(speakableText('1128 0042', 'zh-TW')).toBe('一 一 二 八，零 零 四 二');
    expect(speakableText('電話 138****5678', 'zh-TW')).toBe(
      '電話 一 三 八 星 星 星 星 五 六 七 八',
    );
  });

  it('leaves counts and times as quantities', () => {
    expect(speakableText('还有 20 秒', 'zh-CN')).toBe('还有 20 秒');
    expect(speakableText('28 November 2026, 14:05', 'en')).toBe('28 November 2026, 14:05');
    expect(speakableText('第 2 步，共 4 步', 'zh-CN')).toBe('第 2 步，共 4 步');
  });

  it('says a Chinese year digit by digit, as people read it', () => {
    expect(speakableText('2026年11月28日 14:05', 'zh-CN')).toBe('二零二六年11月28日 14:05');
  });
});
