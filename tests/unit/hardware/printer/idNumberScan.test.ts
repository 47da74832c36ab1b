import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { assertNoIdNumber, findIdNumbers } from './support/idNumberScan.js';

const gb = (text: string): Buffer => iconv.encode(text, 'gb18030');

describe('the ID number scan used on every printed byte', () => {
  it('finds an ID number in raw bytes, with a digit or X at the end', () => {
    expect(findIdNumbers(Buffer.from('id 110105194912310021 end'))).not.toEqual([]);
    expect(findIdNumbers(Buffer.from('11010519491231002X'))).not.toEqual([]);
    expect(findIdNumbers(Buffer.from('11010519491231002x'))).not.toEqual([]);
  });

  it('finds one written in full-width digits', () => {
    expect(findIdNumbers(gb('证件：１１０１０５１９４９１２３１００２Ｘ'))).not.toEqual([]);
  });

  it('finds one split by a style command or wrapped onto the next line', () => {
    const split = Buffer.concat([
      Buffer.from('110105194'),
      Buffer.from([0x1b, 0x45, 0x01]),
      Buffer.from('912310021'),
    ]);
    expect(findIdNumbers(split)).not.toEqual([]);
    expect(findIdNumbers(Buffer.from('1101051949\n12310021'))).not.toEqual([]);
  });

  it('finds one inside QR data', () => {
    const qr = Buffer.concat([
      Buffer.from([0x1d, 0x28, 0x6b, 0x15, 0x00, 0x31, 0x50, 0x30]),
      Buffer.from('11010519491231002X'),
    ]);
    expect(() => assertNoIdNumber(qr)).toThrow(/ID number pattern/u);
  });

  it('passes phone numbers, ticket numbers, dates and masked IDs', () => {
    const fine = gb('电话 13800138000 编号 A03-0012 2025-03-14 09:41 证件 1101**********002X');
    expect(findIdNumbers(fine)).toEqual([]);
    expect(findIdNumbers(Buffer.from('1234567890123456'))).toEqual([]); // 16 digits
  });

  it('does not repeat the number in its message', () => {
    expect(() => assertNoIdNumber(Buffer.from('110105194912310021'))).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('1949') }),
    );
  });
});
