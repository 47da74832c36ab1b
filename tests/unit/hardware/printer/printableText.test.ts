import { describe, expect, it } from 'vitest';
import {
  charColumns,
  displayColumns,
  encodeGb18030,
  missingGlyph,
  normalizeForPrint,
} from '../../../../hardware/printer/document/printableText.js';

describe('printable text', () => {
  it('makes ¥ full-width, which GB18030 encodes in two bytes (A3 A4)', () => {
    expect(normalizeForPrint('¥12.50')).toBe('￥12.50');
    expect(encodeGb18030(normalizeForPrint('¥')).toString('hex')).toBe('a3a4');
  });

  it('strips control characters so text can never smuggle in a command', () => {
    expect(normalizeForPrint('A\x1b@B\x1d!\x11C\x10\x04\x01D\x7f\x85E')).toBe('A@B!CDE');
    expect(normalizeForPrint('tab\there')).toBe('tab here');
  });

  it('drops zero-width characters and shows characters the font lacks as □', () => {
    expect(normalizeForPrint('a\u200bb\ufeffc\ufe0f')).toBe('abc');
    expect(normalizeForPrint('😀')).toBe(missingGlyph);
    expect(normalizeForPrint('한')).toBe(missingGlyph);
    expect(normalizeForPrint('𬌗')).toBe(missingGlyph);
    expect(normalizeForPrint('• ✓')).toBe('· √');
  });

  it('keeps Chinese (simplified and traditional), full-width punctuation and GB symbols', () => {
    const text = '社區服務，您好：①№℃é';
    expect(normalizeForPrint(text)).toBe(text);
    for (const char of text) expect(encodeGb18030(char)).toHaveLength(2);
  });

  it('measures ASCII as one column and everything else as two', () => {
    expect(charColumns('A')).toBe(1);
    expect(charColumns(' ')).toBe(1);
    expect(charColumns('中')).toBe(2);
    expect(charColumns('，')).toBe(2);
    expect(charColumns('é')).toBe(2); // a GB18030 two-byte code: the Chinese font draws it
    expect(displayColumns('受理编号 A03-0012')).toBe(8 + 1 + 8);
    expect(displayColumns('')).toBe(0);
  });
});
