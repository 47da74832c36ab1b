// An ID number typed into a description is replaced at intake; the rest of the text is kept.
import { describe, expect, it } from 'vitest';
import {
  redactIdNumbers,
  redactedIdNumber,
} from '../../../electron/services/intake/redactIdNumbers.js';

const id = '110105194901010017';

describe('ID numbers in free text', () => {
  it('are replaced, with or without spaces or dashes, and the words around them kept', () => {
    expect(redactIdNumbers(`我的身份证号是${id}，请联系我`)).toBe(
      `我的身份证号是${redactedIdNumber}，请联系我`,
    );
    expect(redactIdNumbers('证件 110105 19490101 001X 谢谢')).toBe(`证件 ${redactedIdNumber} 谢谢`);
    expect(redactIdNumbers('1101 0519 4901 0100 1x')).toBe(redactedIdNumber);
    expect(redactIdNumbers('110105-19490101-0017')).toBe(redactedIdNumber);
    expect(redactIdNumbers(`ID:\u3000${id.slice(0, 6)}\u3000${id.slice(6)}`)).toBe(
      `ID:\u3000${redactedIdNumber}`,
    );
    expect(redactIdNumbers(`${id} and ${id}`)).toBe(`${redactedIdNumber} and ${redactedIdNumber}`);
  });

  it('are found next to a phone number without eating it', () => {
    expect(redactIdNumbers(`电话13812345678 ${id}`)).toBe(`电话13812345678 ${redactedIdNumber}`);
  });

  it('leave other numbers alone: phones, dates, a longer digit string, an impossible birth date', () => {
    for (const text of [
      '电话 13812345678，010-65781234',
      '2026年11月28日 上午9点',
      `${id}9`,
      '110105194913010017',
      '110105170001010017',
      '快递单号 12345678901234567',
    ]) {
      expect(redactIdNumbers(text), text).toBe(text);
    }
  });

  it('are also the 15-digit numbers of first-generation cards, grouped or not', () => {
    const old = '110105490101001';
    expect(redactIdNumbers(`老身份证${old}，谢谢`)).toBe(`老身份证${redactedIdNumber}，谢谢`);
    expect(redactIdNumbers('110105 490101 001')).toBe(redactedIdNumber);
    expect(redactIdNumbers('110105-490101-001 补办')).toBe(`${redactedIdNumber} 补办`);
    expect(redactIdNumbers(`电话13812345678 ${old}`)).toBe(`电话13812345678 ${redactedIdNumber}`);
    expect(redactIdNumbers(`旧${old}新${id}`)).toBe(`旧${redactedIdNumber}新${redactedIdNumber}`);
    // A leap day is a birthday.
    expect(redactIdNumbers('110105480229001')).toBe(redactedIdNumber);
  });

  it('are found in full-width digits too', () => {
    const fullWidth = (text: string) =>
      text.replace(/[0-9Xx]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(redactIdNumbers(`号码${fullWidth(id)}。`)).toBe(`号码${redactedIdNumber}。`);
    expect(redactIdNumbers(`号码${fullWidth('110105490101001')}`)).toBe(`号码${redactedIdNumber}`);
  });

  it('leave 15-digit numbers alone when the date is not a day or the number goes on', () => {
    for (const text of [
      // IMEI: "month" 56.
      'IMEI 356938035643809',
      // 30 February, 31 April, month 00, day 00.
      '110105490230001',
      '110105490431001',
      '110105490001001',
      '110105490100001',
      // Not a leap year.
      '110105490229001',
      // A leading zero is no region.
      '010105490101001',
      // Part of a longer number: 16 digits, or continued after a separator, or dash-joined.
      '1101054901010012',
      '110105 490101 001 2345',
      '6222-110105490101001',
      '快递单号 123456789012345',
    ]) {
      expect(redactIdNumbers(text), text).toBe(text);
    }
  });
});
