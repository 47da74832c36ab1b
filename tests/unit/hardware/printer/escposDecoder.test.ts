import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { paper58 } from '../../../../hardware/printer/document/paper.js';
import { renderReceipt } from '../../../../hardware/printer/escpos/renderReceipt.js';
import {
  receiptLines,
  receiptQrCodes,
  unknownItems,
} from '../../../../hardware/printer/virtual/decodedReceipt.js';
import { EscPosParser } from '../../../../hardware/printer/virtual/escposParser.js';
import { VirtualPrinter } from '../../../../hardware/printer/virtual/virtualPrinter.js';
import { serviceRequestReceipt } from './support/sampleReceipts.js';
import { randomInt, seededRandom } from '../../../support/seededRandom.js';

const bytes = (...parts: (string | number[] | Buffer)[]): Buffer =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === 'string' ? iconv.encode(part, 'gb18030') : Buffer.from(part),
    ),
  );

describe('ESC/POS decoding in the virtual printer', () => {
  it('decodes text with its size, bold and alignment per line', () => {
    const printer = new VirtualPrinter();
    printer.receive(
      bytes(
        [0x1b, 0x40, 0x1c, 0x26, 0x1d, 0x21, 0x11, 0x1b, 0x45, 0x01, 0x1b, 0x61, 0x01],
        '社区',
        [0x0a],
        [0x1d, 0x21, 0x00, 0x1b, 0x45, 0x00, 0x1b, 0x61, 0x02],
        '￥3',
        [0x0a, 0x1d, 0x56, 0x42, 0x00],
      ),
    );
    const [receipt] = printer.receipts;
    expect(
      receipt &&
        receiptLines(receipt).map(({ text, width, height, bold, align }) => ({
          text,
          width,
          height,
          bold,
          align,
        })),
    ).toEqual([
      { text: '社区', width: 2, height: 2, bold: true, align: 'center' },
      { text: '￥3', width: 1, height: 1, bold: false, align: 'right' },
    ]);
    expect(receipt?.items.at(-1)).toEqual({ kind: 'cut', mode: 'partial', feedDots: 0 });
    expect(receipt?.warnings).toEqual([]);
  });

  it('needs FS & to read Chinese: without it the bytes decode as code page 437', () => {
    const printer = new VirtualPrinter();
    printer.receive(bytes([0x1b, 0x40], '社区', [0x0a, 0x1d, 0x56, 0x00]));
    expect(printer.lastReceipt && receiptLines(printer.lastReceipt)[0]?.text).not.toBe('社区');
  });

  it('decodes ESC ! print modes and GS V 0/1/48/49', () => {
    const printer = new VirtualPrinter();
    printer.receive(bytes([0x1b, 0x21, 0x38], 'big', [0x0a, 0x1d, 0x56, 0x31]));
    const receipt = printer.lastReceipt;
    expect(receipt && receiptLines(receipt)[0]).toMatchObject({
      text: 'big',
      width: 2,
      height: 2,
      bold: true,
    });
    expect(receipt?.items.at(-1)).toMatchObject({ kind: 'cut', mode: 'partial' });
  });

  it('reports unknown commands and goes on', () => {
    const printer = new VirtualPrinter();
    printer.receive(
      bytes(
        [0x1b, 0x99],
        'a',
        [0x07],
        'b',
        [0x1d, 0x28, 0x4c, 0x02, 0x00, 0x30, 0x45],
        [0x0a, 0x1d, 0x56, 0x00],
      ),
    );
    const receipt = printer.lastReceipt;
    expect(receipt && unknownItems(receipt).map((u) => u.hex)).toEqual([
      '1b99',
      '07',
      '1d284c02003045',
    ]);
    expect(receipt && receiptLines(receipt)[0]?.text).toBe('ab');
  });

  it('skips known commands with parameters whole, raster data and barcodes included', () => {
    const raster = [0x1d, 0x76, 0x30, 0x00, 0x01, 0x00, 0x02, 0x00, 0x0a, 0x1b];
    const printer = new VirtualPrinter();
    printer.receive(
      bytes(
        [0x1b, 0x33, 0x0a, 0x1b, 0x2d, 0x01, 0x1b, 0x70, 0x00, 0x19, 0xfa],
        'x',
        [0x0a],
        raster,
        [0x1d, 0x6b, 0x04],
        'A12',
        [0x00, 0x1d, 0x6b, 0x49, 0x02, 0x7b, 0x42, 0x1d, 0x56, 0x00],
      ),
    );
    const receipt = printer.lastReceipt;
    expect(receipt && unknownItems(receipt)).toEqual([]);
    expect(receipt?.items.map((i) => i.kind)).toEqual(['text', 'image', 'cut']);
    expect(receipt?.items[1]).toEqual({ kind: 'image', widthDots: 8, heightDots: 2 });
  });

  it('flags a cut in the middle of a line and a QR print without data', () => {
    const printer = new VirtualPrinter();
    printer.receive(
      bytes('half', [0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30, 0x1d, 0x56, 0x00]),
    );
    expect(printer.lastReceipt?.warnings).toHaveLength(2);
  });

  it('decodes the same receipt whichever way the stream is cut into chunks', () => {
    const stream = renderReceipt(serviceRequestReceipt(), { paper: paper58 });
    const whole = new VirtualPrinter();
    whole.receive(stream);
    const expected = whole.receipts;
    expect(expected).toHaveLength(1);

    // Every single split point, including inside GB18030 characters and GS ( k frames.
    for (let split = 1; split < stream.length; split += 1) {
      const printer = new VirtualPrinter();
      printer.receive(stream.subarray(0, split));
      printer.receive(stream.subarray(split));
      expect(printer.receipts).toEqual(expected);
    }
    // Byte by byte, and random chunk sizes.
    const byteWise = new VirtualPrinter();
    for (const byte of stream) byteWise.receive(Buffer.from([byte]));
    expect(byteWise.receipts).toEqual(expected);
    const random = seededRandom(7);
    for (let round = 0; round < 50; round += 1) {
      const printer = new VirtualPrinter();
      for (let pos = 0; pos < stream.length;) {
        const size = 1 + randomInt(random, 64);
        printer.receive(stream.subarray(pos, pos + size));
        pos += size;
      }
      expect(printer.receipts).toEqual(expected);
    }
    const [receipt] = expected;
    expect(receipt && receiptQrCodes(receipt)).toHaveLength(1);
  });

  it('holds back an incomplete command until the rest arrives', () => {
    const parser = new EscPosParser();
    expect(parser.push(Buffer.from([0x1d, 0x28, 0x6b, 0x05]))).toEqual([]);
    expect(parser.pendingBytes).toBe(4);
    const done = parser.push(Buffer.from([0x00, 0x31, 0x50, 0x30, 0x41, 0x42]));
    expect(done).toHaveLength(1);
    expect(done[0]?.command).toMatchObject({ type: 'qr', fn: 0x50 });
    expect(parser.pendingBytes).toBe(0);
  });

  it('never throws on random bytes', () => {
    const random = seededRandom(99);
    for (let round = 0; round < 300; round += 1) {
      const printer = new VirtualPrinter();
      const noise = Buffer.from(
        Array.from({ length: 1 + randomInt(random, 400) }, () => randomInt(random, 256)),
      );
      expect(() => printer.receive(noise)).not.toThrow();
      expect(() => printer.pending).not.toThrow();
    }
  });
});
