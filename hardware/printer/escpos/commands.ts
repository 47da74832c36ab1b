// ESC/POS commands as exact bytes. Each function returns a fresh Buffer so callers can concat.
// Sources: HARDWARE.md (ESC/POS section); standard constants come through escposPackage.ts.
import type { Align, QrErrorCorrection } from '../document/receiptDocument.js';
import { escposAlign, escposBold, escposInit, escposSize } from './escposPackage.js';

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
export const LF = 0x0a;

function byteParameter(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer ${min}–${max}, got ${value}`);
  }
  return value;
}

/** ESC @: clears the buffer and resets every mode to its power-on default. */
export const initialize = (): Buffer => escposInit();

/** FS &: Chinese character mode, so two-byte GB18030 codes print as Chinese characters. */
export const chineseModeOn = (): Buffer => Buffer.from([FS, 0x26]);

/** FS .: back to single-byte code pages. */
export const chineseModeOff = (): Buffer => Buffer.from([FS, 0x2e]);

/** GS ! n: high nibble width − 1, low nibble height − 1. */
export function characterSize(width: number, height: number): Buffer {
  byteParameter('width', width, 1, 8);
  byteParameter('height', height, 1, 8);
  return escposSize(width, height);
}

/** ESC E n: emphasised (bold) on or off. */
export const bold = (on: boolean): Buffer => escposBold(on);

/** ESC a n: 0 left, 1 centre, 2 right; takes effect only at the start of a line. */
export const align = (alignment: Align): Buffer => escposAlign(alignment);

/** ESC d n: print the buffer and feed n lines. */
export const feedLines = (lines: number): Buffer =>
  Buffer.from([ESC, 0x64, byteParameter('lines', lines, 0, 255)]);

/** ESC J n: print the buffer and feed n dots (used for the QR quiet zone). */
export const feedDots = (dots: number): Buffer =>
  Buffer.from([ESC, 0x4a, byteParameter('dots', dots, 0, 255)]);

/**
 * GS V 65/66 n: feed to the cutting position plus n dots, then cut (65 full, 66 partial).
 * Function B rather than GS V 0/1, so the last printed lines clear the blade instead of
 * ending up on the next receipt. Valid only at the start of a line.
 */
export const cut = (mode: 'full' | 'partial', extraDots = 0): Buffer =>
  Buffer.from([GS, 0x56, mode === 'full' ? 65 : 66, byteParameter('extraDots', extraDots, 0, 255)]);

// GS ( k, function codes for the QR symbol (cn = 49).
const qrHeader = (parameterLength: number): number[] => [
  GS,
  0x28,
  0x6b,
  parameterLength & 0xff,
  parameterLength >> 8,
  0x31,
];

/** GS ( k fn 65: select model 2 (n1 = 50), the model every phone reads. */
export const qrModel2 = (): Buffer => Buffer.from([...qrHeader(4), 0x41, 0x32, 0x00]);

/** GS ( k fn 67: module size in dots. */
export const qrModuleSize = (dots: number): Buffer =>
  Buffer.from([...qrHeader(3), 0x43, byteParameter('moduleSize', dots, 1, 16)]);

const errorCorrectionCodes: Record<QrErrorCorrection, number> = { L: 48, M: 49, Q: 50, H: 51 };

/** GS ( k fn 69: error correction level 48 L, 49 M, 50 Q, 51 H. */
export const qrErrorCorrection = (level: QrErrorCorrection): Buffer =>
  Buffer.from([...qrHeader(3), 0x45, errorCorrectionCodes[level]]);

/** Most bytes one GS ( k store command can carry (pL + 256·pH = bytes + 3 ≤ 65535). */
export const qrMaxStoreBytes = 65535 - 3;

/** GS ( k fn 80: store the symbol data; pL + 256·pH = data length + 3. */
export function qrStore(data: Uint8Array): Buffer {
  if (data.length < 1 || data.length > qrMaxStoreBytes) {
    throw new RangeError(`QR data must be 1–${qrMaxStoreBytes} bytes, got ${data.length}`);
  }
  return Buffer.concat([Buffer.from([...qrHeader(data.length + 3), 0x50, 0x30]), data]);
}

/** GS ( k fn 81: print the stored symbol. */
export const qrPrint = (): Buffer => Buffer.from([...qrHeader(3), 0x51, 0x30]);
