// Splits an ESC/POS byte stream into commands, chunk by chunk: a command cut across two chunks
// waits for the rest. Commands whose length is known but whose effect a receipt preview does
// not need are consumed whole ("ignored"); anything else is reported ("unknown") and parsing
// goes on, so a stray byte never desynchronises or crashes the virtual printer.

export type ParsedCommand =
  | { readonly type: 'text'; readonly bytes: Buffer }
  | { readonly type: 'lineFeed' }
  | { readonly type: 'initialize' }
  | { readonly type: 'bold'; readonly on: boolean }
  | { readonly type: 'align'; readonly value: number }
  | { readonly type: 'size'; readonly width: number; readonly height: number }
  | {
      readonly type: 'printMode';
      readonly bold: boolean;
      readonly doubleWidth: boolean;
      readonly doubleHeight: boolean;
    }
  | { readonly type: 'feedLines'; readonly lines: number }
  | { readonly type: 'feedDots'; readonly dots: number }
  | { readonly type: 'cut'; readonly mode: 'full' | 'partial'; readonly feedDots: number }
  | { readonly type: 'chineseMode'; readonly on: boolean }
  | { readonly type: 'qr'; readonly fn: number; readonly parameters: Buffer }
  | { readonly type: 'statusRequest'; readonly kind: number }
  | { readonly type: 'raster'; readonly widthDots: number; readonly heightDots: number }
  | { readonly type: 'ignored'; readonly name: string; readonly bytes: Buffer }
  | { readonly type: 'unknown'; readonly bytes: Buffer; readonly note: string };

export interface ParsedAt {
  readonly command: ParsedCommand;
  /** Byte offset of the command in the whole stream. */
  readonly offset: number;
}

type Step = { readonly length: number; readonly command: ParsedCommand } | 'more';

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;

// Fixed-length commands with no effect on a receipt's text, QR or cuts: total length in bytes.
const ignoredEsc: Record<number, [string, number]> = {
  0x20: ['ESC SP', 3],
  0x2d: ['ESC -', 3],
  0x32: ['ESC 2', 2],
  0x33: ['ESC 3', 3],
  0x47: ['ESC G', 3],
  0x4d: ['ESC M', 3],
  0x52: ['ESC R', 3],
  0x74: ['ESC t', 3],
  0x7b: ['ESC {', 3],
  0x56: ['ESC V', 3],
  0x70: ['ESC p', 5],
  0x63: ['ESC c', 4],
};
const ignoredGs: Record<number, [string, number]> = {
  0x42: ['GS B', 3],
  0x48: ['GS H', 3],
  0x68: ['GS h', 3],
  0x77: ['GS w', 3],
  0x66: ['GS f', 3],
  0x61: ['GS a', 3],
  0x72: ['GS r', 3],
  0x4c: ['GS L', 4],
  0x57: ['GS W', 4],
};
const ignoredFs: Record<number, [string, number]> = {
  0x43: ['FS C', 3],
  0x21: ['FS !', 3],
  0x57: ['FS W', 3],
  0x2d: ['FS -', 3],
  0x53: ['FS S', 4],
};

const at = (buf: Buffer, index: number): number => buf[index] ?? 0;
const step = (length: number, command: ParsedCommand): Step => ({ length, command });
const unknown = (buf: Buffer, pos: number, length: number, note: string): Step =>
  step(length, { type: 'unknown', bytes: Buffer.from(buf.subarray(pos, pos + length)), note });

function fixed(
  buf: Buffer,
  pos: number,
  table: Record<number, [string, number]>,
  prefix: string,
): Step {
  const entry = table[at(buf, pos + 1)];
  if (!entry) return unknown(buf, pos, 2, `${prefix} 0x${at(buf, pos + 1).toString(16)}`);
  const [name, length] = entry;
  if (buf.length < pos + length) return 'more';
  return step(length, {
    type: 'ignored',
    name,
    bytes: Buffer.from(buf.subarray(pos, pos + length)),
  });
}

/** "ESC (", "GS (", "FS (" families: pL pH then that many bytes. */
function lengthPrefixed(buf: Buffer, pos: number): { total: number; body: Buffer } | 'more' {
  if (buf.length < pos + 5) return 'more';
  const total = 5 + at(buf, pos + 3) + 256 * at(buf, pos + 4);
  if (buf.length < pos + total) return 'more';
  return { total, body: buf.subarray(pos + 5, pos + total) };
}

function parseEsc(buf: Buffer, pos: number): Step {
  if (buf.length < pos + 2) return 'more';
  const code = at(buf, pos + 1);
  if (code === 0x40) return step(2, { type: 'initialize' });
  if (code === 0x28) {
    const frame = lengthPrefixed(buf, pos);
    return frame === 'more' ? 'more' : unknown(buf, pos, frame.total, 'ESC ( family');
  }
  if (![0x45, 0x61, 0x64, 0x4a, 0x21].includes(code)) return fixed(buf, pos, ignoredEsc, 'ESC');
  if (buf.length < pos + 3) return 'more';
  const n = at(buf, pos + 2);
  switch (code) {
    case 0x45:
      return step(3, { type: 'bold', on: (n & 1) === 1 });
    case 0x61:
      return step(3, { type: 'align', value: n % 48 });
    case 0x64:
      return step(3, { type: 'feedLines', lines: n });
    case 0x4a:
      return step(3, { type: 'feedDots', dots: n });
    default:
      return step(3, {
        type: 'printMode',
        bold: (n & 0x08) !== 0,
        doubleHeight: (n & 0x10) !== 0,
        doubleWidth: (n & 0x20) !== 0,
      });
  }
}

function parseCut(buf: Buffer, pos: number): Step {
  if (buf.length < pos + 3) return 'more';
  const m = at(buf, pos + 2);
  if ([0, 1, 48, 49].includes(m)) {
    return step(3, { type: 'cut', mode: m % 48 === 0 ? 'full' : 'partial', feedDots: 0 });
  }
  if (buf.length < pos + 4) return 'more';
  if ([65, 66, 97, 98, 103, 104].includes(m)) {
    const mode = m % 2 === 1 ? 'full' : 'partial';
    return step(4, { type: 'cut', mode, feedDots: at(buf, pos + 3) });
  }
  return unknown(buf, pos, 3, `GS V with m = ${m}`);
}

function parseRaster(buf: Buffer, pos: number): Step {
  if (buf.length < pos + 8) return 'more';
  if (at(buf, pos + 2) !== 0x30) return unknown(buf, pos, 3, 'GS v other than GS v 0');
  const widthBytes = at(buf, pos + 4) + 256 * at(buf, pos + 5);
  const heightDots = at(buf, pos + 6) + 256 * at(buf, pos + 7);
  const total = 8 + widthBytes * heightDots;
  if (buf.length < pos + total) return 'more';
  return step(total, { type: 'raster', widthDots: widthBytes * 8, heightDots });
}

function parseBarcode(buf: Buffer, pos: number): Step {
  if (buf.length < pos + 3) return 'more';
  const m = at(buf, pos + 2);
  let total: number;
  if (m <= 6) {
    const end = buf.indexOf(0, pos + 3);
    if (end < 0) return 'more';
    total = end + 1 - pos;
  } else {
    if (buf.length < pos + 4) return 'more';
    total = 4 + at(buf, pos + 3);
    if (buf.length < pos + total) return 'more';
  }
  return step(total, {
    type: 'ignored',
    name: 'GS k (barcode)',
    bytes: Buffer.from(buf.subarray(pos, pos + total)),
  });
}

function parseGs(buf: Buffer, pos: number): Step {
  if (buf.length < pos + 2) return 'more';
  const code = at(buf, pos + 1);
  switch (code) {
    case 0x21: {
      if (buf.length < pos + 3) return 'more';
      const n = at(buf, pos + 2);
      return step(3, { type: 'size', width: (n >> 4) + 1, height: (n & 0x0f) + 1 });
    }
    case 0x56:
      return parseCut(buf, pos);
    case 0x76:
      return parseRaster(buf, pos);
    case 0x6b:
      return parseBarcode(buf, pos);
    case 0x28: {
      const frame = lengthPrefixed(buf, pos);
      if (frame === 'more') return 'more';
      if (at(buf, pos + 2) === 0x6b && frame.body[0] === 0x31 && frame.body.length >= 2) {
        return step(frame.total, {
          type: 'qr',
          fn: at(frame.body, 1),
          parameters: Buffer.from(frame.body.subarray(2)),
        });
      }
      return unknown(
        buf,
        pos,
        frame.total,
        `GS ( ${String.fromCharCode(at(buf, pos + 2))} other than the QR code`,
      );
    }
    default:
      return fixed(buf, pos, ignoredGs, 'GS');
  }
}

function parseFs(buf: Buffer, pos: number): Step {
  if (buf.length < pos + 2) return 'more';
  const code = at(buf, pos + 1);
  if (code === 0x26) return step(2, { type: 'chineseMode', on: true });
  if (code === 0x2e) return step(2, { type: 'chineseMode', on: false });
  if (code === 0x28) {
    const frame = lengthPrefixed(buf, pos);
    return frame === 'more' ? 'more' : unknown(buf, pos, frame.total, 'FS ( family');
  }
  return fixed(buf, pos, ignoredFs, 'FS');
}

function parseDle(buf: Buffer, pos: number): Step {
  if (buf.length < pos + 3) return 'more';
  if (at(buf, pos + 1) === 0x04) return step(3, { type: 'statusRequest', kind: at(buf, pos + 2) });
  return unknown(buf, pos, 2, `DLE 0x${at(buf, pos + 1).toString(16)}`);
}

function parseOne(buf: Buffer, pos: number): Step {
  const byte = at(buf, pos);
  if (byte >= 0x20 && byte !== 0x7f) {
    let end = pos;
    while (end < buf.length && at(buf, end) >= 0x20 && at(buf, end) !== 0x7f) end += 1;
    return step(end - pos, { type: 'text', bytes: Buffer.from(buf.subarray(pos, end)) });
  }
  switch (byte) {
    case 0x0a:
      return step(1, { type: 'lineFeed' });
    case 0x0d:
      return step(1, { type: 'ignored', name: 'CR', bytes: Buffer.from([byte]) });
    case 0x09:
      return step(1, { type: 'text', bytes: Buffer.from(' ') });
    case ESC:
      return parseEsc(buf, pos);
    case GS:
      return parseGs(buf, pos);
    case FS:
      return parseFs(buf, pos);
    case DLE:
      return parseDle(buf, pos);
    default:
      return unknown(buf, pos, 1, `control byte 0x${byte.toString(16).padStart(2, '0')}`);
  }
}

export class EscPosParser {
  #pending: Buffer = Buffer.alloc(0);
  #offset = 0;

  /** Parses what can be parsed; keeps an incomplete trailing command for the next chunk. */
  push(chunk: Uint8Array): ParsedAt[] {
    const buf =
      this.#pending.length > 0 ? Buffer.concat([this.#pending, chunk]) : Buffer.from(chunk);
    const commands: ParsedAt[] = [];
    let pos = 0;
    while (pos < buf.length) {
      const result = parseOne(buf, pos);
      if (result === 'more') break;
      commands.push({ command: result.command, offset: this.#offset + pos });
      pos += result.length;
    }
    this.#pending = Buffer.from(buf.subarray(pos));
    this.#offset += pos;
    return commands;
  }

  /** Bytes held back waiting for the rest of a command. */
  get pendingBytes(): number {
    return this.#pending.length;
  }
}
