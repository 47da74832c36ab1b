import { describe, expect, it } from 'vitest';
import * as command from '../../../../hardware/printer/escpos/commands.js';
import { statusRequest } from '../../../../hardware/printer/status/statusBytes.js';

const hex = (bytes: Buffer): string => bytes.toString('hex').replace(/(..)/gu, '$1 ').trim();

describe('ESC/POS commands, byte for byte (HARDWARE.md)', () => {
  it('ESC @ initialises', () => {
    expect(hex(command.initialize())).toBe('1b 40');
  });

  it('FS & and FS . switch Chinese mode', () => {
    expect(hex(command.chineseModeOn())).toBe('1c 26');
    expect(hex(command.chineseModeOff())).toBe('1c 2e');
  });

  it('GS ! n puts width − 1 in the high nibble and height − 1 in the low one', () => {
    expect(hex(command.characterSize(1, 1))).toBe('1d 21 00');
    expect(hex(command.characterSize(2, 2))).toBe('1d 21 11');
    expect(hex(command.characterSize(2, 1))).toBe('1d 21 10');
    expect(hex(command.characterSize(1, 3))).toBe('1d 21 02');
    expect(hex(command.characterSize(8, 8))).toBe('1d 21 77');
  });

  it('GS ! rejects magnifications outside 1–8', () => {
    expect(() => command.characterSize(0, 1)).toThrow(RangeError);
    expect(() => command.characterSize(1, 9)).toThrow(RangeError);
    expect(() => command.characterSize(1.5, 1)).toThrow(RangeError);
  });

  it('ESC E n sets bold', () => {
    expect(hex(command.bold(true))).toBe('1b 45 01');
    expect(hex(command.bold(false))).toBe('1b 45 00');
  });

  it('ESC a n aligns 0 left, 1 centre, 2 right', () => {
    expect(hex(command.align('left'))).toBe('1b 61 00');
    expect(hex(command.align('center'))).toBe('1b 61 01');
    expect(hex(command.align('right'))).toBe('1b 61 02');
  });

  it('ESC d n feeds lines and ESC J n feeds dots', () => {
    expect(hex(command.feedLines(3))).toBe('1b 64 03');
    expect(hex(command.feedDots(24))).toBe('1b 4a 18');
    expect(() => command.feedLines(256)).toThrow(RangeError);
    expect(() => command.feedDots(-1)).toThrow(RangeError);
  });

  it('GS V 65/66 n feeds to the blade then cuts (full / partial)', () => {
    expect(hex(command.cut('full'))).toBe('1d 56 41 00');
    expect(hex(command.cut('partial'))).toBe('1d 56 42 00');
    expect(hex(command.cut('partial', 16))).toBe('1d 56 42 10');
  });

  it('GS ( k selects QR model 2', () => {
    expect(hex(command.qrModel2())).toBe('1d 28 6b 04 00 31 41 32 00');
  });

  it('GS ( k sets the module size', () => {
    expect(hex(command.qrModuleSize(6))).toBe('1d 28 6b 03 00 31 43 06');
    expect(() => command.qrModuleSize(0)).toThrow(RangeError);
    expect(() => command.qrModuleSize(17)).toThrow(RangeError);
  });

  it('GS ( k sets error correction 48 L, 49 M, 50 Q, 51 H', () => {
    expect(hex(command.qrErrorCorrection('L'))).toBe('1d 28 6b 03 00 31 45 30');
    expect(hex(command.qrErrorCorrection('M'))).toBe('1d 28 6b 03 00 31 45 31');
    expect(hex(command.qrErrorCorrection('Q'))).toBe('1d 28 6b 03 00 31 45 32');
    expect(hex(command.qrErrorCorrection('H'))).toBe('1d 28 6b 03 00 31 45 33');
  });

  it('GS ( k stores data with pL + 256·pH = bytes + 3', () => {
    expect(hex(command.qrStore(Buffer.from('AB')))).toBe('1d 28 6b 05 00 31 50 30 41 42');
    const long = command.qrStore(Buffer.alloc(300, 0x61));
    expect(hex(long.subarray(0, 8))).toBe('1d 28 6b 2f 01 31 50 30'); // 303 = 0x012f
    expect(long.length).toBe(8 + 300);
    expect(() => command.qrStore(Buffer.alloc(0))).toThrow(RangeError);
  });

  it('GS ( k prints the stored symbol', () => {
    expect(hex(command.qrPrint())).toBe('1d 28 6b 03 00 31 51 30');
  });

  it('DLE EOT n requests real-time status 1–4', () => {
    expect(hex(statusRequest(1))).toBe('10 04 01');
    expect(hex(statusRequest(2))).toBe('10 04 02');
    expect(hex(statusRequest(3))).toBe('10 04 03');
    expect(hex(statusRequest(4))).toBe('10 04 04');
  });
});
