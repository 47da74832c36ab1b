// The one text rule, against every class of character that renders as nothing or reorders what
// it follows: each is dropped from names and descriptions, and the checker upstream refuses it.
import { describe, expect, it } from 'vitest';
import { cleanPlainText, isPlainText } from '../../../text/plainText.js';

const line = { multiline: false };
const multi = { multiline: true };
const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index));

const classes: Record<string, string[]> = {
  'C0 controls (but tab, LF, CR)': codePoints(0x00, 0x1f).filter(
    (char) => !['\t', '\n', '\r'].includes(char),
  ),
  DEL: ['\u007f'],
  'C1 controls (but NEL)': codePoints(0x80, 0x9f).filter((char) => char !== '\u0085'),
  'bidi marks, embeddings, overrides, isolates': [
    '\u061c',
    '\u200e',
    '\u200f',
    ...codePoints(0x202a, 0x202e),
    ...codePoints(0x2066, 0x2069),
  ],
  'zero-width and invisible formatting': [
    '\u200b',
    '\u200c',
    '\u200d',
    '\u2060',
    '\u2061',
    '\u2062',
    '\u2063',
    '\u2064',
    '\ufeff',
    '\u00ad',
    '\u034f',
    '\u180e',
  ],
  'Hangul fillers': ['\u115f', '\u1160', '\u3164', '\uffa0'],
  'variation selectors and tags': ['\ufe0f', '\u{e0100}', '\u{e0041}', '\u{e007f}'],
  'annotation marks and noncharacters': ['\ufff9', '\ufffa', '\ufffb', '\ufffe', '\uffff'],
  'lone surrogates': ['\ud800', '\udfff'],
};

describe('plain text: one rule for the contract and the upstream client', () => {
  for (const [name, chars] of Object.entries(classes)) {
    it(`drops ${name} from a name and a description, and refuses them unclean`, () => {
      for (const char of chars) {
        const hex = char.codePointAt(0)?.toString(16);
        expect(cleanPlainText(`张${char}三明`, line), hex).toBe('张三明');
        expect(cleanPlainText(`水管${char}漏了\n快来`, multi), hex).toBe('水管漏了\n快来');
        expect(isPlainText(`张${char}三明`, line), hex).toBe(false);
        expect(isPlainText(`水管${char}漏了`, multi), hex).toBe(false);
        // What was cleaned passes the check, so nothing cleaned is ever refused upstream.
        expect(isPlainText(cleanPlainText(`a${char}b`, multi), multi), hex).toBe(true);
      }
    });
  }

  it('keeps line breaks (as \\n) only in multi-line text; tabs become spaces', () => {
    expect(cleanPlainText('一\r\n二\r三\u2028四\u2029五\u0085六', multi)).toBe(
      '一\n二\n三\n四\n五\n六',
    );
    expect(cleanPlainText(' 张\t三 \n 明 ', line)).toBe('张 三 明');
    expect(cleanPlainText('a\n\n\n\n b', multi)).toBe('a\n\n b');
    expect(isPlainText('a\nb', multi)).toBe(true);
    expect(isPlainText('a\nb', line)).toBe(false);
    expect(isPlainText('a\tb', multi)).toBe(false);
    expect(isPlainText('a\r\nb', multi)).toBe(false);
  });

  it('normalises to NFC and keeps what a resident can see, emoji and accents included', () => {
    expect(cleanPlainText('Jose\u0301', line)).toBe('José');
    expect(isPlainText('Jose\u0301', line)).toBe(false);
    expect(cleanPlainText('阿依古丽·买买提 😀 Zoë', line)).toBe('阿依古丽·买买提 😀 Zoë');
    // The joiner and the emoji selector stay inside an emoji, and only there.
    expect(cleanPlainText('谢谢👨‍👩‍👧 ❤️ 1️⃣', line)).toBe('谢谢👨‍👩‍👧 ❤️ 1️⃣');
    expect(isPlainText('谢谢👨‍👩‍👧 ❤️', line)).toBe(true);
    expect(cleanPlainText('张\u200d👍三\ufe0f', line)).toBe('张👍三');
    expect(isPlainText('阿依古丽·买买提 😀 Zoë', line)).toBe(true);
  });
});
