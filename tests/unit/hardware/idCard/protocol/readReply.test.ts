import { describe, expect, it } from 'vitest';
import { encodeResponse } from '../../../../../hardware/idCard/protocol/frame.js';
import {
  encodeReadReplyData,
  extractTextBlock,
  PHOTO_LENGTH,
  TEXT_BLOCK_LENGTH,
} from '../../../../../hardware/idCard/protocol/readReply.js';

const text = Uint8Array.from({ length: TEXT_BLOCK_LENGTH }, (_, i) => i & 0xff);
const photo = new Uint8Array(PHOTO_LENGTH).fill(0xee);

describe('read reply (30 01)', () => {
  it('is 1295 bytes on the wire, as documented', () => {
    const frame = encodeResponse({
      sw1: 0,
      sw2: 0,
      sw3: 0x90,
      data: encodeReadReplyData(text, photo),
    });
    expect(frame.length).toBe(1295);
    expect([...frame.subarray(10, 14)]).toEqual([0x01, 0x00, 0x04, 0x00]);
  });

  it('yields the text block and nothing of the photo', () => {
    const result = extractTextBlock(encodeReadReplyData(text, photo));
    expect(result).toEqual({ ok: true, text });
    if (result.ok) expect(result.text.buffer.byteLength).toBe(TEXT_BLOCK_LENGTH);
  });

  it('reads the fingerprint layout, whose text starts two bytes later', () => {
    const data = encodeReadReplyData(text, photo, new Uint8Array(1024));
    expect(extractTextBlock(data, 'text-photo-fingerprint')).toEqual({ ok: true, text });
  });

  it.each([
    ['too short', new Uint8Array(3)],
    ['wrong text length', encodeReadReplyData(text.subarray(0, 200), photo)],
    ['missing bytes', encodeReadReplyData(text, photo).subarray(0, 1200)],
    ['extra bytes', Uint8Array.from([...encodeReadReplyData(text, photo), 0])],
  ])('refuses a reply with %s', (_, data) => {
    expect(extractTextBlock(data)).toEqual({ ok: false, code: 'bad-read-reply' });
  });
});
