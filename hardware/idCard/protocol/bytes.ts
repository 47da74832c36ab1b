// Small byte helpers shared by the codecs. They exist because `noUncheckedIndexedAccess` types
// every `bytes[i]` as `number | undefined`; reading through one helper keeps that noise in one place.

/** The byte at `index`, or 0 past the end (callers check lengths first; 0 keeps the maths total). */
export function byteAt(bytes: Uint8Array, index: number): number {
  return bytes[index] ?? 0;
}

export function readUint16BE(bytes: Uint8Array, offset: number): number {
  return (byteAt(bytes, offset) << 8) | byteAt(bytes, offset + 1);
}

export function readUint16LE(bytes: Uint8Array, offset: number): number {
  return byteAt(bytes, offset) | (byteAt(bytes, offset + 1) << 8);
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** Parses "aa aa 96" / "AAAA96" style hex, for fixtures and examples. */
export function fromHex(hex: string): Uint8Array {
  const clean = hex.replace(/\s+/g, '');
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(clean))
    throw new Error(`not an even-length hex string: ${hex}`);
  return Uint8Array.from(Buffer.from(clean, 'hex'));
}
