import { describe, expect, it } from 'vitest';
import {
  LayoutError,
  layoutRow,
  wrapSegments,
} from '../../../../hardware/printer/document/lineWrap.js';
import { displayColumns } from '../../../../hardware/printer/document/printableText.js';
import { keep } from '../../../../hardware/printer/document/receiptDocument.js';
import { randomInt, seededRandom } from '../../../support/seededRandom.js';

const widest = (lines: readonly string[]): number => Math.max(...lines.map(displayColumns));

describe('wrapping by display width', () => {
  it('fits 16 Chinese or 32 Latin characters on a 58 mm line', () => {
    const chinese = '社'.repeat(40);
    expect(wrapSegments([chinese], 32)).toEqual(['社'.repeat(16), '社'.repeat(16), '社'.repeat(8)]);
    const latin = 'x'.repeat(70);
    expect(wrapSegments([latin], 32)).toEqual(['x'.repeat(32), 'x'.repeat(32), 'x'.repeat(6)]);
  });

  it('moves a Chinese character to the next line rather than splitting it over one free column', () => {
    const lines = wrapSegments(['a'.repeat(31) + '中文'], 32);
    expect(lines).toEqual(['a'.repeat(31), '中文']);
  });

  it('breaks Latin text between words and drops the space at the break', () => {
    expect(wrapSegments(['the quick brown fox jumps'], 10)).toEqual([
      'the quick',
      'brown fox',
      'jumps',
    ]);
  });

  it('breaks a word longer than the line at character boundaries', () => {
    expect(wrapSegments(['abcdefghijkl'], 5)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('keeps a closing mark off the start of a line and an opening mark off the end', () => {
    const lines = wrapSegments(['一二三四五六七，八九'], 14);
    expect(lines[1]?.startsWith('，')).toBe(false);
    expect(lines).toEqual(['一二三四五六', '七，八九']);
    const opening = wrapSegments(['一二三四五六（七）'], 14);
    expect(opening[0]?.endsWith('（')).toBe(false);
  });

  it('honours line breaks and gives an empty paragraph one empty line', () => {
    expect(wrapSegments(['第一行\n第二行'], 32)).toEqual(['第一行', '第二行']);
    expect(wrapSegments([''], 32)).toEqual(['']);
    expect(wrapSegments(['a\n\nb'], 32)).toEqual(['a', '', 'b']);
  });

  it('keeps indentation at a paragraph start but no spaces at a wrapped line start', () => {
    expect(wrapSegments(['  indented text'], 32)).toEqual(['  indented text']);
    expect(wrapSegments(['aaaa    bbbb'], 6)).toEqual(['aaaa', 'bbbb']);
  });

  it('rejects a line too narrow to hold a Chinese character', () => {
    expect(() => wrapSegments(['x'], 1)).toThrow(LayoutError);
  });
});

describe('keep-together runs and phone numbers', () => {
  const phones = [
    '138 0013 8000',
    '13800138000',
    '+86 139 1234 5678',
    '010-6512-3456',
    '(010)87654321',
    '0571 8888 6666',
  ];

  it.each(phones)('never splits %s, wherever the line break falls', (phone) => {
    for (let prefix = 0; prefix <= 32; prefix += 1) {
      for (const filler of ['a', '中']) {
        const text = `${filler.repeat(prefix)}电话${phone}，谢谢`;
        const lines = wrapSegments([text], 32);
        expect(
          lines.some((line) => line.includes(phone)),
          `${prefix}×${filler}: ${lines.join('|')}`,
        ).toBe(true);
        expect(widest(lines)).toBeLessThanOrEqual(32);
      }
    }
  });

  it('never splits a keep() run (a ticket number with a space) across lines', () => {
    for (let prefix = 0; prefix < 40; prefix += 1) {
      const lines = wrapSegments(['x'.repeat(prefix), ' ', keep('A03 0012'), ' end'], 16);
      expect(lines.some((line) => line.includes('A03 0012'))).toBe(true);
    }
  });

  it('refuses a keep() run wider than the line instead of splitting it', () => {
    expect(() => wrapSegments([keep('13800138000')], 10)).toThrow(LayoutError);
    expect(() => wrapSegments([keep('13800138000')], 10)).toThrow(/11 columns wide .* 10 columns/u);
  });

  it('does not treat part of a longer digit run as a phone number', () => {
    const lines = wrapSegments(['123013800138000999'], 8);
    expect(lines.join('')).toBe('123013800138000999');
    expect(widest(lines)).toBeLessThanOrEqual(8);
  });
});

describe('wrapping fuzz (seeded)', () => {
  const alphabet = [...'abcXYZ019-:,. 中文社区服务，。（）「」'];

  it('never exceeds the line, never loses or reorders a character', () => {
    const random = seededRandom(20250314);
    for (let round = 0; round < 2000; round += 1) {
      const length = randomInt(random, 120);
      let text = '';
      for (let i = 0; i < length; i += 1) text += alphabet[randomInt(random, alphabet.length)];
      const columns = [2, 5, 10, 16, 24, 32, 48][randomInt(random, 7)] ?? 32;
      const lines = wrapSegments([text], columns);
      for (const line of lines) expect(displayColumns(line)).toBeLessThanOrEqual(columns);
      expect(lines.join('').replace(/ /gu, '')).toBe(text.replace(/ /gu, ''));
    }
  });
});

describe('rows', () => {
  it('puts label and value on one line, the value flush right', () => {
    const [line] = layoutRow(['受理编号'], [keep('A03-0012')], 32);
    expect(line).toBe('受理编号' + ' '.repeat(32 - 8 - 8) + 'A03-0012');
    expect(displayColumns(line ?? '')).toBe(32);
  });

  it('wraps a long value onto its own lines, right-aligned', () => {
    const lines = layoutRow(['Status'], ['In progress: waiting for the street office'], 32);
    expect(lines[0]).toBe('Status');
    for (const line of lines.slice(1)) expect(displayColumns(line)).toBe(32);
    expect(
      lines
        .slice(1)
        .map((l) => l.trim())
        .join(' '),
    ).toBe('In progress: waiting for the street office');
  });
});
