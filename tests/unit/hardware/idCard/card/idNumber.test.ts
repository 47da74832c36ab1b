import { describe, expect, it } from 'vitest';
import {
  computeCheckCharacter,
  inspectIdNumber,
  isValidIdNumber,
  maskIdNumber,
} from '../../../../../hardware/idCard/card/idNumber.js';

describe('GB 11643 identity numbers', () => {
  it("computes the standard's example check character", () => {
    expect(computeCheckCharacter('11010519491231002')).toBe('X');
  });

  it('accepts valid numbers, including a lower-case x typed by hand', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('110105198506151236')).toBe(true);
    expect(isValidIdNumber('810000199408230021')).toBe(true);
  });

  it.each([
    ['a wrong check character', '110105194912310021', 'bad-check-digit'],
    ['17 digits', '11010519491231002', 'invalid-id-number'],
    ['a letter inside', '1101051949123A002X', 'invalid-id-number'],
    ['an impossible birth date', '110105194902300023', 'invalid-id-number'],
    ['an unknown province', '990105194912310020', 'invalid-id-number'],
  ])('rejects %s', (_, value, code) => {
    expect(isValidIdNumber(value)).toBe(false);
    expect(inspectIdNumber(value)).toEqual({ ok: false, code });
  });

  it('reads birth date and sex from the number', () => {
    expect(inspectIdNumber('11010519491231002X')).toEqual({
      ok: true,
      facts: { birthDate: '1949-12-31', sex: 'female', province: 11 },
    });
    const male = inspectIdNumber('110105198506151236');
    expect(male.ok && male.facts.sex).toBe('male');
  });

  it('keeps resident and Hong Kong/Macao/Taiwan regions apart', () => {
    expect(inspectIdNumber('810000199408230021', 'resident').ok).toBe(false);
    expect(inspectIdNumber('810000199408230021', 'hk-macao-taiwan').ok).toBe(true);
    expect(inspectIdNumber('11010519491231002X', 'hk-macao-taiwan').ok).toBe(false);
  });
});

describe('masking', () => {
  it('shows the first 6 and last 4 characters of an 18-character number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('masks a 15-character permit number the same way', () => {
    expect(maskIdNumber('CAN110083052212')).toBe('CAN110*****2212');
  });

  it('hides at least five characters of anything shorter', () => {
    expect(maskIdNumber('H12345678')).toBe('*****5678');
    expect(maskIdNumber('12345')).toBe('*****');
    expect(maskIdNumber('')).toBe('');
  });
});
