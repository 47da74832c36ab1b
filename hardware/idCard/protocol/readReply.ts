// The data of a successful read reply (after SW1–SW3): text length, photo length, [fingerprint
// length,] text, photo[, fingerprint]. Only the 256-byte text block leaves this module: the photo
// (WLT, decodable only by proprietary libraries) and any fingerprint are dropped here, so no
// biometric data travels further into the kiosk. Pure.
import { readUint16BE } from './bytes.js';

export const TEXT_BLOCK_LENGTH = 256;
export const PHOTO_LENGTH = 1024;

export type ReadReplyLayout = 'text-photo' | 'text-photo-fingerprint';

export type TextBlockExtraction =
  | { readonly ok: true; readonly text: Uint8Array }
  | { readonly ok: false; readonly code: 'bad-read-reply' };

const bad: TextBlockExtraction = { ok: false, code: 'bad-read-reply' };

export function extractTextBlock(
  data: Uint8Array,
  layout: ReadReplyLayout = 'text-photo',
): TextBlockExtraction {
  const headerLength = layout === 'text-photo' ? 4 : 6;
  if (data.length < headerLength) return bad;
  const textLength = readUint16BE(data, 0);
  const photoLength = readUint16BE(data, 2);
  const fingerprintLength = layout === 'text-photo' ? 0 : readUint16BE(data, 4);
  // Exact lengths only: a reply whose declared parts do not add up is not trusted at all.
  if (textLength !== TEXT_BLOCK_LENGTH || photoLength > PHOTO_LENGTH) return bad;
  if (data.length !== headerLength + textLength + photoLength + fingerprintLength) return bad;
  return { ok: true, text: data.slice(headerLength, headerLength + textLength) };
}

/** Builds read-reply data, as a reader would; the simulator and tests use it. */
export function encodeReadReplyData(
  text: Uint8Array,
  photo: Uint8Array,
  fingerprint?: Uint8Array,
): Uint8Array {
  const headerLength = fingerprint ? 6 : 4;
  const out = new Uint8Array(
    headerLength + text.length + photo.length + (fingerprint ? fingerprint.length : 0),
  );
  const view = new DataView(out.buffer);
  view.setUint16(0, text.length);
  view.setUint16(2, photo.length);
  if (fingerprint) view.setUint16(4, fingerprint.length);
  out.set(text, headerLength);
  out.set(photo, headerLength + text.length);
  if (fingerprint) out.set(fingerprint, headerLength + text.length + photo.length);
  return out;
}
