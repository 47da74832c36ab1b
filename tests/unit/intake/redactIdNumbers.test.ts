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
});
