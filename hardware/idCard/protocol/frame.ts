// SAM frame encoding (GA 450 family): PREAMBLE | LEN(2, BE) | payload | CHK.
// LEN counts every byte after itself, CHK included; CHK is the XOR of LEN and payload.
// Requests carry CMD PARA DATA as payload, responses SW1 SW2 SW3 DATA. Pure: no I/O.
import { byteAt } from './bytes.js';

export const PREAMBLE: Uint8Array = Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69);
/** Preamble plus the two LEN bytes. */
export const HEADER_LENGTH = PREAMBLE.length + 2;
/**
 * Largest LEN accepted. The longest real reply (text + photo + fingerprint, 30 10) has
 * LEN 0x090A; anything far beyond that is line noise, and capping it bounds what a parser buffers.
 */
export const MAX_LEN = 0x1000;

export interface RequestFrame {
  readonly command: number;
  readonly parameter: number;
  readonly data: Uint8Array;
}

export interface ResponseFrame {
  readonly sw1: number;
  readonly sw2: number;
  readonly sw3: number;
  readonly data: Uint8Array;
}

/** XOR of bytes[start, end). */
export function xorChecksum(bytes: Uint8Array, start: number, end: number): number {
  let check = 0;
  for (let index = start; index < end; index += 1) check ^= byteAt(bytes, index);
  return check;
}

/** Wraps a payload in preamble, LEN and CHK. */
export function encodeFrame(payload: Uint8Array): Uint8Array {
  const len = payload.length + 1;
  if (len > MAX_LEN) throw new RangeError(`SAM frame payload too long: ${payload.length} bytes`);
  const frame = new Uint8Array(HEADER_LENGTH + len);
  frame.set(PREAMBLE, 0);
  frame[PREAMBLE.length] = len >> 8;
  frame[PREAMBLE.length + 1] = len & 0xff;
  frame.set(payload, HEADER_LENGTH);
  frame[frame.length - 1] = xorChecksum(frame, PREAMBLE.length, frame.length - 1);
  return frame;
}

function assertByte(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) {
    throw new RangeError(`${name} must be a byte, got ${value}`);
  }
}

export function encodeRequest(request: RequestFrame): Uint8Array {
  assertByte('command', request.command);
  assertByte('parameter', request.parameter);
  const payload = new Uint8Array(2 + request.data.length);
  payload[0] = request.command;
  payload[1] = request.parameter;
  payload.set(request.data, 2);
  return encodeFrame(payload);
}

export function encodeResponse(response: ResponseFrame): Uint8Array {
  assertByte('sw1', response.sw1);
  assertByte('sw2', response.sw2);
  assertByte('sw3', response.sw3);
  const payload = new Uint8Array(3 + response.data.length);
  payload[0] = response.sw1;
  payload[1] = response.sw2;
  payload[2] = response.sw3;
  payload.set(response.data, 3);
  return encodeFrame(payload);
}

/** Payload → request; the parser guarantees at least two bytes. */
export function decodeRequestPayload(payload: Uint8Array): RequestFrame {
  return { command: byteAt(payload, 0), parameter: byteAt(payload, 1), data: payload.slice(2) };
}

/** Payload → response; the parser guarantees at least three bytes. */
export function decodeResponsePayload(payload: Uint8Array): ResponseFrame {
  return {
    sw1: byteAt(payload, 0),
    sw2: byteAt(payload, 1),
    sw3: byteAt(payload, 2),
    data: payload.slice(3),
  };
}
