// Turns arbitrary text into text the printer can draw, and measures it.
//
// Width follows the encoding, not Unicode's East Asian Width table: in Chinese mode the printer
// draws every two-byte GB18030 code with its 24-dot Chinese font (two columns) and every ASCII
// byte with its 12-dot Latin font (one column). So after normalisation, ASCII is 1 column and
// everything else is 2.
import iconv from 'iconv-lite';

/** Characters printer fonts lack (GB18030 four-byte codes) that have a two-byte equivalent. */
const substitutes: ReadonlyMap<string, string> = new Map([
  ['\u00a5', '\uffe5'], // ¥ → ￥ (¥ is four bytes and prints as garbage)
  ['\u2022', '\u00b7'], // • → ·
  ['\u2713', '\u221a'], // ✓ → √
  ['\u00a0', ' '], // no-break space
]);

/** What a character the printer cannot draw becomes: a visible box, not silent garbage. */
export const missingGlyph = '\u25a1'; // □

// Zero-width marks and variation selectors: four-byte codes with nothing to draw.
const isInvisible = (code: number): boolean =>
  (code >= 0x200b && code <= 0x200f) ||
  code === 0x2060 ||
  (code >= 0xfe00 && code <= 0xfe0f) ||
  code === 0xfeff;

const twoByteCache = new Map<string, boolean>();

function encodesInTwoBytes(char: string): boolean {
  let known = twoByteCache.get(char);
  if (known === undefined) {
    known = iconv.encode(char, 'gb18030').length === 2;
    twoByteCache.set(char, known);
  }
  return known;
}

function printableChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x09) return ' ';
  // Control bytes would reach the printer as commands: never pass them through.
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || isInvisible(code)) return '';
  if (code < 0x80) return char;
  const substitute = substitutes.get(char);
  if (substitute !== undefined) return substitute;
  return encodesInTwoBytes(char) ? char : missingGlyph;
}

/**
 * Text ready to encode: ¥ made full-width, control characters removed (line breaks are the
 * caller's: this is for one paragraph), characters the font lacks shown as □.
 */
export function normalizeForPrint(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += printableChar(char);
  return out;
}

/** Columns one normalised character takes at normal size. */
export function charColumns(char: string): 1 | 2 {
  return (char.codePointAt(0) ?? 0) < 0x80 ? 1 : 2;
}

/** Columns a normalised string takes at normal size. */
export function displayColumns(text: string): number {
  let width = 0;
  for (const char of text) width += charColumns(char);
  return width;
}

/** GB18030 bytes for normalised text. */
export function encodeGb18030(text: string): Buffer {
  return iconv.encode(text, 'gb18030');
}
