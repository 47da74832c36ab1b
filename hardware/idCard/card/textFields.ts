// Reading and writing UTF-16LE fields of the text block. Fields are space-padded; some readers pad
// with NULs instead, so both are trimmed, as are stray full-width spaces at either end.
import { TEXT_BLOCK_LENGTH } from '../protocol/readReply.js';
import type { Field } from './layout.js';

const decoder = new TextDecoder('utf-16le', { fatal: true });

/** The trimmed text of a field, or undefined if its bytes are not valid UTF-16 (a corrupt block). */
export function readField(block: Uint8Array, field: Field): string | undefined {
  try {
    const raw = decoder.decode(block.subarray(field.offset, field.offset + field.length));
    // eslint-disable-next-line no-control-regex -- NUL padding is exactly what is being removed
    return raw.replace(/\u0000/g, ' ').trim();
  } catch {
    return undefined;
  }
}

/** A blank text block: every character a space, as a card leaves unused fields. */
export function blankTextBlock(): Uint8Array {
  const block = new Uint8Array(TEXT_BLOCK_LENGTH);
  for (let index = 0; index < block.length; index += 2) block[index] = 0x20;
  return block;
}

/** Writes `value` space-padded into `field`; too long a value is a programming error. */
export function writeField(block: Uint8Array, field: Field, value: string): void {
  const encoded = Buffer.from(value, 'utf16le');
  if (encoded.length > field.length) {
    // The value itself stays out of the message: it may be an identity number.
    throw new RangeError(`value needs ${encoded.length} bytes; the field holds ${field.length}`);
  }
  block.set(encoded, field.offset);
  for (let index = field.offset + encoded.length; index < field.offset + field.length; index += 2) {
    block[index] = 0x20;
    block[index + 1] = 0x00;
  }
}
