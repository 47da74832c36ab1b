// Incremental SAM frame parser. Bytes arrive in chunks of any size from serial or HID; a frame can
// be split anywhere, several can share a chunk, and line noise can sit between them. The parser
// hunts for the preamble, waits for LEN bytes, checks the XOR and emits typed frames. A candidate
// with an impossible LEN or a wrong checksum is rejected and the hunt restarts one byte after its
// start, so a real frame hidden inside a corrupt one is still found. Pure: no I/O, no timers.
import { byteAt, readUint16BE } from './bytes.js';
import {
  decodeRequestPayload,
  decodeResponsePayload,
  HEADER_LENGTH,
  MAX_LEN,
  PREAMBLE,
  xorChecksum,
  type RequestFrame,
  type ResponseFrame,
} from './frame.js';

export type FrameRejection = 'length-error' | 'checksum-error';

export type ParserEvent<T> =
  | { readonly kind: 'frame'; readonly frame: T }
  /** A candidate frame (preamble found) failed its LEN or CHK check. */
  | { readonly kind: 'rejected'; readonly reason: FrameRejection }
  /** Bytes that were not part of any frame. */
  | { readonly kind: 'skipped'; readonly bytes: number };

export interface FrameParserOptions<T> {
  /** Fewest payload bytes a frame of this direction has (2 for requests, 3 for responses). */
  readonly minPayload: number;
  readonly maxLen?: number;
  readonly decode: (payload: Uint8Array) => T;
}

const preamble = Buffer.from(PREAMBLE);

/** Length of the longest tail of `bytes[from..]` that could be the start of a preamble. */
function partialPreambleTail(bytes: Buffer, from: number): number {
  const longest = Math.min(PREAMBLE.length - 1, bytes.length - from);
  for (let size = longest; size > 0; size -= 1) {
    if (bytes.subarray(bytes.length - size).equals(preamble.subarray(0, size))) return size;
  }
  return 0;
}

export class FrameParser<T> {
  private pending: Buffer = Buffer.alloc(0);
  private readonly minLen: number;
  private readonly maxLen: number;

  constructor(private readonly options: FrameParserOptions<T>) {
    this.minLen = options.minPayload + 1;
    this.maxLen = options.maxLen ?? MAX_LEN;
  }

  /** Bytes held while waiting for the rest of a frame; bounded by HEADER_LENGTH + maxLen. */
  get bufferedBytes(): number {
    return this.pending.length;
  }

  /** Drops anything buffered, e.g. before re-sending a command whose reply was lost. */
  reset(): void {
    this.pending = Buffer.alloc(0);
  }

  push(chunk: Uint8Array): ParserEvent<T>[] {
    const events: ParserEvent<T>[] = [];
    const bytes =
      this.pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.pending, chunk]);
    let position = 0;
    let skipped = 0;
    const flushSkipped = (): void => {
      if (skipped > 0) events.push({ kind: 'skipped', bytes: skipped });
      skipped = 0;
    };

    for (;;) {
      const start = bytes.indexOf(preamble, position);
      if (start < 0) {
        const keep = partialPreambleTail(bytes, position);
        skipped += bytes.length - keep - position;
        position = bytes.length - keep;
        break;
      }
      skipped += start - position;
      position = start;
      if (bytes.length - start < HEADER_LENGTH) break;

      const len = readUint16BE(bytes, start + PREAMBLE.length);
      if (len < this.minLen || len > this.maxLen) {
        flushSkipped();
        events.push({ kind: 'rejected', reason: 'length-error' });
        position = start + 1;
        skipped += 1;
        continue;
      }
      const end = start + HEADER_LENGTH + len;
      if (bytes.length < end) break;

      if (xorChecksum(bytes, start + PREAMBLE.length, end - 1) !== byteAt(bytes, end - 1)) {
        flushSkipped();
        events.push({ kind: 'rejected', reason: 'checksum-error' });
        position = start + 1;
        skipped += 1;
        continue;
      }
      flushSkipped();
      const payload = new Uint8Array(bytes.subarray(start + HEADER_LENGTH, end - 1));
      events.push({ kind: 'frame', frame: this.options.decode(payload) });
      position = end;
    }

    flushSkipped();
    // Copy the tail so a large chunk is not kept alive by a small pending remainder.
    this.pending = Buffer.from(bytes.subarray(position));
    return events;
  }
}

/** Parser for what a reader sends back. */
export function createResponseParser(): FrameParser<ResponseFrame> {
  return new FrameParser({ minPayload: 3, decode: decodeResponsePayload });
}

/** Parser for what a host sends; the simulator uses it. */
export function createRequestParser(): FrameParser<RequestFrame> {
  return new FrameParser({ minPayload: 2, decode: decodeRequestPayload });
}
