import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../../../hardware/idCard/protocol/bytes.js';
import { encodeResponse } from '../../../../../hardware/idCard/protocol/frame.js';
import { wrapper10c4_0007 as wrapper } from '../../../../../hardware/idCard/transport/hid/wrapper10c4_0007.js';

const findCard = fromHex('aaaaaa9669 0003 2001 22');

describe('HID wrapper 10c4:0007', () => {
  it('puts a SAM request in one 64-byte report with header, length and additive checksum', () => {
    const [report, ...more] = wrapper.wrapRequest(findCard);
    expect(more).toEqual([]);
    expect(report).toHaveLength(64);
    // 0x88 | SRN 0000 | LEN 0b00 (1 + 10, LE) | B1 | frame | SUM LE
    const sum = [0x0b, 0x00, 0xb1, ...findCard].reduce((a, b) => a + b, 0);
    expect(toHex(report?.subarray(0, 18) ?? new Uint8Array())).toBe(
      '88' + '0000' + '0b00' + 'b1' + toHex(findCard) + toHex(Uint8Array.of(sum & 0xff, sum >> 8)),
    );
    expect(report?.subarray(18).every((byte) => byte === 0)).toBe(true);
  });

  it('round-trips requests through the device side', () => {
    const [report = new Uint8Array()] = wrapper.wrapRequest(findCard);
    expect(wrapper.unwrapRequest(report)).toEqual({ ok: true, samBytes: findCard });
  });

  it('splits a 1295-byte read reply into 54-byte pieces and reassembles it', () => {
    const frame = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data: new Uint8Array(1288 - 4) });
    expect(frame).toHaveLength(1295);
    const reports = wrapper.wrapReply(frame);
    expect(reports).toHaveLength(Math.ceil(1295 / 54));
    const pieces = reports.map((report) => {
      const unwrapped = wrapper.unwrapReply(report);
      if (!unwrapped.ok) throw new Error(unwrapped.reason);
      return unwrapped.samBytes;
    });
    expect(Buffer.concat(pieces)).toEqual(Buffer.from(frame));
  });

  it('refuses reports with a wrong header, length or checksum', () => {
    const [good = new Uint8Array()] = wrapper.wrapReply(fromHex('aaaaaa9669000400004145'));
    const corrupt = (index: number, value: number): Uint8Array => {
      const copy = Uint8Array.from(good);
      copy[index] = value;
      return copy;
    };
    expect(wrapper.unwrapReply(corrupt(0, 0x88))).toEqual({ ok: false, reason: 'bad-header' });
    expect(wrapper.unwrapReply(corrupt(3, 0x7f))).toEqual({ ok: false, reason: 'bad-length' });
    expect(wrapper.unwrapReply(corrupt(10, 0x00))).toEqual({ ok: false, reason: 'bad-checksum' });
    expect(wrapper.unwrapReply(good.subarray(0, 63))).toEqual({ ok: false, reason: 'bad-header' });
  });

  it('refuses a request too long for one report rather than guess a multi-report format', () => {
    expect(() => wrapper.wrapRequest(new Uint8Array(57))).toThrow(/does not fit/);
  });
});
