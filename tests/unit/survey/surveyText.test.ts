// The survey's short answer: the text rule, ID numbers and phone numbers redacted, other digits
// (a building number, a year, a price) kept.
import { describe, expect, it } from 'vitest';
import { redactedIdNumber } from '../../../electron/services/intake/redactIdNumbers.js';
import { redactedPhone, surveyText } from '../../../electron/services/survey/surveyText.js';

describe('surveyText', () => {
  it('redacts mobiles and landlines written in the usual ways', () => {
    for (const phone of [
      '13812345678',
      '138 1234 5678',
      '138-1234-5678',
      '１３８１２３４５６７８',
    ]) {
      expect(surveyText(`打 ${phone} 找我`)).toBe(`打 ${redactedPhone} 找我`);
    }
    expect(surveyText('010-62345678')).toBe(redactedPhone);
    expect(surveyText('0755 8123 4567')).toBe(redactedPhone);
  });

  it('redacts ID numbers as descriptions do', () => {
    expect(surveyText('110101194003071234')).toBe(redactedIdNumber);
  });

  it('keeps other numbers and drops control and bidi characters', () => {
    expect(surveyText('3号楼 2026年 每份15元')).toBe('3号楼 2026年 每份15元');
    expect(surveyText('多\u202e一点\u0000长椅\n')).toBe('多一点长椅');
  });
});
