// Phone numbers typed on the digit pad: checked with the contract's pattern, grouped for reading.
import { describe, expect, it } from 'vitest';
import { formatPhone, isValidPhone, maxPhoneDigits } from '../../../renderer/src/format/phone.js';

describe('phone numbers from the digit pad', () => {
  it.each([
    ['13800138000', true],
    ['19912345678', true],
    ['01065123456', true],
    ['075586001234', true],
    ['02188889999', true],
    ['12345678901', false],
    ['1380013800', false],
    ['138001380001', false],
    ['6512345', false],
    ['00065123456', false],
    ['', false],
  ])('%s valid: %s', (digits, valid) => {
    expect(isValidPhone(digits)).toBe(valid);
  });

  it('fits the longest landline on the pad', () => {
    expect('075586001234'.length).toBeLessThanOrEqual(maxPhoneDigits);
  });

  it('groups digits the way they are read aloud', () => {
    expect(formatPhone('13800138000')).toBe('138 0013 8000');
    expect(formatPhone('1380')).toBe('138 0');
    expect(formatPhone('01065123456')).toBe('010-6512 3456');
    expect(formatPhone('075586001234')).toBe('0755-8600 1234');
    expect(formatPhone('02')).toBe('02');
  });
});
