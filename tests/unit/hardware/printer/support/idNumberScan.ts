// Scans printed bytes for anything shaped like a resident ID number (17 digits, then a digit or
// X). Used on every byte the printer tests produce: a receipt must never carry one.
//
// Three views, because a number can hide in each: the raw bytes (ASCII digits, QR data), the
// text decoded from GB18030 with full-width digits folded to ASCII, and the same text with
// every control byte and command removed, which catches a number split by a style change or
// wrapped across two lines.
import iconv from 'iconv-lite';

const pattern = /[0-9]{17}[0-9X]/giu;

export interface IdNumberHit {
  readonly view: 'raw bytes' | 'decoded text' | 'text without commands';
  readonly index: number;
}

const foldFullWidth = (text: string): string =>
  text.replace(/[\uff10-\uff19\uff38\uff58]/gu, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

const isControl = (byte: number): boolean => byte < 0x20 || byte === 0x7f;
const commandPrefixes = new Set([0x1b, 0x1c, 0x1d, 0x10]);

/** Drops ESC/FS/GS/DLE with their next byte (and a control-range parameter), then all controls. */
function withoutCommands(bytes: Buffer): Buffer {
  const kept: number[] = [];
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    if (commandPrefixes.has(byte)) {
      i += 1;
      const next = bytes[i + 1] ?? 0x20;
      if (isControl(next) && !commandPrefixes.has(next)) i += 1;
    } else if (!isControl(byte)) kept.push(byte);
  }
  return Buffer.from(kept);
}

function hits(view: IdNumberHit['view'], text: string): IdNumberHit[] {
  return [...text.matchAll(pattern)].map((match) => ({ view, index: match.index }));
}

export function findIdNumbers(bytes: Uint8Array): IdNumberHit[] {
  const buffer = Buffer.from(bytes);
  return [
    ...hits('raw bytes', buffer.toString('latin1')),
    ...hits('decoded text', foldFullWidth(iconv.decode(buffer, 'gb18030'))),
    ...hits(
      'text without commands',
      foldFullWidth(iconv.decode(withoutCommands(buffer), 'gb18030')),
    ),
  ];
}

/** Throws when the bytes hold an ID-number-shaped run; the message never repeats the number. */
export function assertNoIdNumber(bytes: Uint8Array, what = 'printed bytes'): void {
  const found = findIdNumbers(bytes);
  if (found.length > 0) {
    const where = found.map((hit) => `${hit.view} @${hit.index}`).join(', ');
    throw new Error(`${what} contain an ID number pattern (${where})`);
  }
}
