import { describe, expect, it } from 'vitest';
import { fromHex } from '../../../../../hardware/idCard/protocol/bytes.js';
import { encodeResponse, MAX_LEN } from '../../../../../hardware/idCard/protocol/frame.js';
import {
  createRequestParser,
  createResponseParser,
  type ParserEvent,
} from '../../../../../hardware/idCard/protocol/frameParser.js';
import type { ResponseFrame } from '../../../../../hardware/idCard/protocol/frame.js';

const failure = fromHex('aaaaaa9669 0004 000041 45'); // HARDWARE.md's example
const found = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x9f, data: new Uint8Array(4) });
const withData = encodeResponse({
  sw1: 0,
  sw2: 0,
  sw3: 0x90,
  data: Uint8Array.from({ length: 300 }, (_, i) => i & 0xff),
});

function framesOf(events: ParserEvent<ResponseFrame>[]): ResponseFrame[] {
  return events.flatMap((event) => (event.kind === 'frame' ? [event.frame] : []));
}

function feed(chunks: Uint8Array[]): ParserEvent<ResponseFrame>[] {
  const parser = createResponseParser();
  return chunks.flatMap((chunk) => parser.push(chunk));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

describe('response frame parser', () => {
  it('parses the documented failure frame', () => {
    expect(framesOf(feed([failure]))).toEqual([
      { sw1: 0, sw2: 0, sw3: 0x41, data: new Uint8Array() },
    ]);
  });

  it('parses a frame fed one byte at a time, emitting it only on the last byte', () => {
    const parser = createResponseParser();
    for (let index = 0; index < withData.length - 1; index += 1) {
      expect(parser.push(withData.subarray(index, index + 1))).toEqual([]);
    }
    const events = parser.push(withData.subarray(withData.length - 1));
    expect(framesOf(events)).toHaveLength(1);
    expect(framesOf(events)[0]?.data).toHaveLength(300);
  });

  it('parses a frame split at every possible point', () => {
    for (let split = 1; split < found.length; split += 1) {
      const events = feed([found.subarray(0, split), found.subarray(split)]);
      expect(framesOf(events).map((frame) => frame.sw3)).toEqual([0x9f]);
    }
  });

  it('emits two frames that share a chunk, and a third split across chunks', () => {
    const stream = concat(failure, found, withData);
    const events = feed([
      stream.subarray(0, failure.length + found.length + 3),
      stream.subarray(failure.length + found.length + 3),
    ]);
    expect(framesOf(events).map((frame) => frame.sw3)).toEqual([0x41, 0x9f, 0x90]);
  });

  it('skips garbage before a preamble, including a partial preamble', () => {
    const garbage = fromHex('00 ff aa aa 96 13 aa aa aa 96');
    const events = feed([concat(garbage, failure)]);
    expect(framesOf(events).map((frame) => frame.sw3)).toEqual([0x41]);
    expect(events[0]).toEqual({ kind: 'skipped', bytes: garbage.length });
  });

  it('keeps a partial preamble at the end of a chunk', () => {
    const events = feed([fromHex('01 02 aa aa'), failure.subarray(2)]);
    expect(framesOf(events).map((frame) => frame.sw3)).toEqual([0x41]);
  });

  it('rejects a bad checksum and resynchronises on the next frame', () => {
    const bad = Uint8Array.from(found);
    bad[bad.length - 1] = (found[found.length - 1] ?? 0) ^ 0x01;
    const events = feed([concat(bad, failure)]);
    expect(events.filter((event) => event.kind === 'rejected')).toEqual([
      { kind: 'rejected', reason: 'checksum-error' },
    ]);
    expect(framesOf(events).map((frame) => frame.sw3)).toEqual([0x41]);
  });

  it('rejects an impossible LEN at once instead of waiting for bytes that never come', () => {
    const tooShort = fromHex('aaaaaa9669 0002 00 02');
    const tooLong = fromHex('aaaaaa9669 ffff 00');
    for (const bad of [tooShort, tooLong]) {
      const events = feed([concat(bad, failure)]);
      expect(
        events.some((event) => event.kind === 'rejected' && event.reason === 'length-error'),
      ).toBe(true);
      expect(framesOf(events).map((frame) => frame.sw3)).toEqual([0x41]);
    }
  });

  it('finds a real frame hidden inside a truncated one', () => {
    // A reply cut short, then the retry's reply: the first candidate's LEN swallows the second
    // frame's start, its checksum fails, and the hunt restarts inside it.
    const truncated = withData.subarray(0, 40);
    const events = feed([concat(truncated, found, new Uint8Array(400))]);
    expect(framesOf(events).map((frame) => frame.sw3)).toEqual([0x9f]);
  });

  it('never buffers more than one maximal frame plus a chunk', () => {
    const parser = createResponseParser();
    const header = fromHex(`aaaaaa9669 ${MAX_LEN.toString(16).padStart(4, '0')}`);
    parser.push(header);
    for (let index = 0; index < 10; index += 1) parser.push(new Uint8Array(1000).fill(0x11));
    expect(parser.bufferedBytes).toBeLessThanOrEqual(7 + MAX_LEN + 1000);
  });

  it('forgets a partial frame on reset()', () => {
    const parser = createResponseParser();
    parser.push(found.subarray(0, 6));
    parser.reset();
    expect(parser.bufferedBytes).toBe(0);
    expect(framesOf(parser.push(failure))).toHaveLength(1);
  });
});

describe('request frame parser', () => {
  it('parses a documented request', () => {
    const events = createRequestParser().push(fromHex('aaaaaa9669 0003 2001 22'));
    expect(events).toEqual([
      { kind: 'frame', frame: { command: 0x20, parameter: 0x01, data: new Uint8Array() } },
    ]);
  });
});
