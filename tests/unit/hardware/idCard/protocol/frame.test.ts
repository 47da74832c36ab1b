import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../../../hardware/idCard/protocol/bytes.js';
import { samRequest } from '../../../../../hardware/idCard/protocol/commands.js';
import {
  encodeRequest,
  encodeResponse,
  xorChecksum,
} from '../../../../../hardware/idCard/protocol/frame.js';

describe('SAM request frames', () => {
  // The ready-made requests in HARDWARE.md, byte for byte.
  it.each([
    ['findCard', 'aaaaaa9669 0003 2001 22'],
    ['selectCard', 'aaaaaa9669 0003 2002 21'],
    ['readText', 'aaaaaa9669 0003 3001 32'],
    ['samStatus', 'aaaaaa9669 0003 11ff ed'],
  ] as const)('%s encodes as documented', (name, hex) => {
    expect(toHex(encodeRequest(samRequest(name)))).toBe(toHex(fromHex(hex)));
  });

  it('counts data in LEN and the checksum', () => {
    const frame = encodeRequest({ command: 0x60, parameter: 0x00, data: Uint8Array.of(1, 2) });
    expect(toHex(frame)).toBe('aaaaaa9669' + '0005' + '6000' + '0102' + '66');
  });

  it('refuses values that are not bytes', () => {
    expect(() => encodeRequest({ command: 256, parameter: 0, data: new Uint8Array() })).toThrow(
      /byte/,
    );
  });
});

describe('SAM response frames', () => {
  it('encodes the documented failure example', () => {
    const frame = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x41, data: new Uint8Array() });
    expect(toHex(frame)).toBe('aaaaaa9669000400004145');
  });

  it('XORs every byte after the preamble except CHK', () => {
    const frame = fromHex('aaaaaa9669 0004 000041 45');
    expect(xorChecksum(frame, 5, frame.length - 1)).toBe(0x45);
  });
});
